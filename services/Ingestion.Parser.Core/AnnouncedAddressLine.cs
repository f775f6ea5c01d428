namespace Ingestion.Parser.Core;

/// <summary>
/// "L'association a ouvert une boîte dédiée :" / "temoignages@example.org": an address alone on its line right under a
/// paragraph that announces it with a colon is part of the text, what the paragraph says to write to. The writer's
/// address under a story ("mquintero@example.com") follows no such paragraph and stays a contact line.
/// </summary>
internal static class AnnouncedAddressLine
{
    private const int LongestAddress = 80;

    public static bool Is(PageLines lines, int index)
    {
        var text = lines[index].Text.AsSpan().Trim();
        var at = text.IndexOf('@');
        if (text.Length is < 6 or > LongestAddress || at <= 0 || text.ContainsAny(' ', '\t', '/') || text[(at + 1)..].IndexOf('.') <= 0)
        {
            return false;
        }

        var above = lines.PreviousNonBlank(index);
        if (above < 0)
        {
            return false;
        }

        var announcing = lines[above].Text.AsSpan().TrimEnd();
        return announcing is [.., ':'] && Words.Count(announcing) > 3;
    }
}

namespace Ingestion.Parser.Core;

/// <summary>
/// "News" / "Features" / "Space" / … at the foot of the page, the same items as the menu over the headline: a site prints
/// its section menu in the header and again in the footer. Under the headline a run of three short lines or more that
/// the header menu holds, each of them, is the footer's copy; a crosshead or a one-word line in the text stands alone.
/// </summary>
internal sealed class RepeatedHeaderMenu
{
    private const int LongestItem = 40;
    private const int MaxItemWords = 6;
    private const int FewestHeaderItems = 6;
    private const int ShortestRun = 3;

    private readonly PageLines lines;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> items;
    private readonly bool hasMenu;

    /// <summary>Collects the short lines above <paramref name="title"/> once.</summary>
    public RepeatedHeaderMenu(PageLines lines, int title)
    {
        this.lines = lines;
        var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < title && i < lines.Count; i++)
        {
            var text = lines[i].Text.AsSpan().Trim();
            if (IsShort(text))
            {
                set.Add(text.ToString());
            }
        }

        items = set.GetAlternateLookup<ReadOnlySpan<char>>();
        hasMenu = set.Count >= FewestHeaderItems;
    }

    public bool IsRepeat(int index)
    {
        if (!hasMenu || lines[index].Text.Length > LongestItem + 8 || !Holds(index))
        {
            return false;
        }

        var run = 1;
        for (var i = index - 1; i >= 0 && run < ShortestRun && Holds(i); i--)
        {
            run++;
        }

        for (var i = index + 1; i < lines.Count && run < ShortestRun && Holds(i); i++)
        {
            run++;
        }

        return run >= ShortestRun;
    }

    private bool Holds(int index)
    {
        var text = lines[index].Text.AsSpan().Trim();
        return !lines[index].IsBlank && text.Length <= LongestItem && items.Contains(text);
    }

    private static bool IsShort(ReadOnlySpan<char> text) =>
        text.Length is > 0 and <= LongestItem && Words.CountUpTo(text, MaxItemWords + 1) <= MaxItemWords && !Words.EndsSentence(text);
}

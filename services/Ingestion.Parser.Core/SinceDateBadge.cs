namespace Ingestion.Parser.Core;

/// <summary>
/// "Nurse in Lima Since: Jan 12": a hosted forum's comments under a local paper's story (Topix, 2008–2014) print when a
/// registered poster joined right after the name, a badge the rendered header runs into the name. "Member since 2017"
/// is <see cref="CommentAuthor"/>'s own; this is the labelled form, a capital and a colon, with a short date after it.
/// </summary>
internal static class SinceDateBadge
{
    private const string Label = " Since: ";
    private const int LongestDate = 16;

    /// <summary>The name without the badge, or the same name when it holds none.</summary>
    public static string Without(string name)
    {
        var at = name.IndexOf(Label, StringComparison.Ordinal);
        if (at <= 0)
        {
            return name;
        }

        var date = name.AsSpan(at + Label.Length).Trim();
        return date.Length is > 0 and <= LongestDate && Words.HasDigit(date) ? name[..at].TrimEnd() : name;
    }
}

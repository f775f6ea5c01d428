namespace Ingestion.Parser.Core;

/// <summary>
/// "Most Read | Most Commented", "Most Popular · Most Emailed": a rail box's tabs printed on one line, each tab a heading
/// of the related-stories kind. The line heads a link list as each heading alone would, so it ends a comment thread
/// above it, and is never a "Name commented" header ("Most Read | Most" / "Commented").
/// </summary>
internal static class RailHeadingTabs
{
    private static readonly string[] Separators = [" | ", " · ", " • "];

    /// <param name="heading">The line, trimmed.</param>
    /// <param name="isHeading">Whether one tab alone is a related-stories heading.</param>
    public static bool Is(ReadOnlySpan<char> heading, Func<string, bool> isHeading)
    {
        foreach (var separator in Separators)
        {
            var at = heading.IndexOf(separator, StringComparison.Ordinal);
            if (at <= 0)
            {
                continue;
            }

            var rest = heading;
            var tabs = 0;
            while (rest.Length > 0)
            {
                var end = rest.IndexOf(separator, StringComparison.Ordinal);
                var tab = (end < 0 ? rest : rest[..end]).Trim();
                if (tab.Length == 0 || !isHeading(tab.ToString()))
                {
                    return false;
                }

                tabs++;
                rest = end < 0 ? [] : rest[(end + separator.Length)..];
            }

            return tabs >= 2;
        }

        return false;
    }
}

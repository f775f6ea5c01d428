namespace Ingestion.Parser.Core;

/// <summary>
/// "Submitted by webdesk on Tue, 09/24/2013 - 16:10": a newspaper CMS's node line naming the account that posted the story,
/// a lower-case login rather than a person, while the reporter's own byline opens the text under it ("By Dale Ferris" /
/// "Register Staff Writer"). The account names the writer only when no byline says otherwise, above it or under it
/// ("By Priya Natarajan, News Editor" / "Submitted by webdesk on …").
/// </summary>
internal static class SubmitterAccountName
{
    private static readonly PrefixSet Prefixes = new(["submitted by ", "posted by "]);

    /// <summary>Whether the line posts under a login ("webdesk", "admin2"): one lower-case word, no person's name.</summary>
    public static bool Is(string line, IReadOnlyList<string> names)
    {
        if (names is not [var name] || name.Length is < 3 or > 30 || line.Length < 16 || line.TrimStart()[0] is not ('S' or 'P'))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '_'))
            {
                return false;
            }
        }

        return Prefixes.Matches(line.AsSpan().Trim());
    }
}

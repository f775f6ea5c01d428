namespace Ingestion.Parser.Core;

/// <summary>
/// "Owner at Haskins Coffee", "Top Commenter · Works at Hollins University", "Louisville, Kentucky": the Facebook comments
/// plugin (2011–2014) prints what the writer's profile says on a line of its own under the name when the saved page
/// keeps its subtitle as a block of its own. A text browser gives it no mark; it is a badge, a workplace, a school or a
/// town, never the comment's first line. (<see cref="FacebookPluginSubtitles"/> drops it from the saved page itself.)
/// </summary>
internal static class FacebookProfileLine
{
    private const int MaxLength = 60;
    private const int MaxWords = 8;
    private const string TopCommenter = "Top Commenter";

    /// <summary>The plugin's own words before a capitalised place, as it prints them.</summary>
    private static readonly string[] PlaceOpenings = ["Works at ", "Worked at ", "Owner at ", "Studied at ", "Attended ", "Lives in ", "Went to "];

    /// <summary>"University of Kentucky", "Bank of the West": the small words a place's capitalised name may hold.</summary>
    private static readonly WordSet JoiningWords = new(["of", "the", "and", "for", "de", "&"]);

    public static bool Is(ReadOnlySpan<char> line)
    {
        var text = line.Trim();
        if (text.Length is 0 or > MaxLength || Words.Count(text) > MaxWords || text[^1] is '.' or '!' or '?' or ':' || Words.HasDigit(text))
        {
            return false;
        }

        // "TOP COMMENTER" when the page sets the plugin's badge in capitals.
        if (text.StartsWith(TopCommenter, StringComparison.OrdinalIgnoreCase))
        {
            return text.Length == TopCommenter.Length || text[TopCommenter.Length..].StartsWith(" · ", StringComparison.Ordinal);
        }

        foreach (var opening in PlaceOpenings)
        {
            if (text.StartsWith(opening, StringComparison.OrdinalIgnoreCase))
            {
                return IsCapitalised(text[opening.Length..]);
            }
        }

        return IsRoleAtPlace(text) || IsTownAndRegion(text) || IsSchool(text);
    }

    /// <summary>"Cedar Valley High School", "University of Kentucky": a school the profile names without "Studied at".</summary>
    private static readonly WordSet SchoolWords = new(["school", "university", "college", "academy"]);

    private static bool IsSchool(ReadOnlySpan<char> text)
    {
        if (!IsCapitalised(text) || Words.Count(text) < 2)
        {
            return false;
        }

        return SchoolWords.Contains(text[(text.LastIndexOf(' ') + 1)..]) || text.StartsWith("University of ", StringComparison.Ordinal);
    }

    /// <summary>"Software Engineer at Brightwell Labs", "Studied Nursing at Bracken State": capitalised words, "at", a place.</summary>
    private static bool IsRoleAtPlace(ReadOnlySpan<char> text) =>
        text.IndexOf(" at ", StringComparison.Ordinal) is > 0 and var at && IsCapitalised(text[..at]) && IsCapitalised(text[(at + 4)..]);

    /// <summary>"Louisville, Kentucky", "Leeds, United Kingdom": the town the profile names, then its state or country.</summary>
    private static bool IsTownAndRegion(ReadOnlySpan<char> text) =>
        Words.Count(text) <= 4 && text.IndexOf(", ", StringComparison.Ordinal) is > 0 and var comma
        && IsCapitalised(text[..comma]) && IsCapitalised(text[(comma + 2)..]);

    private static bool IsCapitalised(ReadOnlySpan<char> words)
    {
        var any = false;
        foreach (var range in words.Split(' '))
        {
            var word = words[range];
            if (word.IsEmpty || (!char.IsUpper(word[0]) && !(any && JoiningWords.Contains(word))))
            {
                return false;
            }

            any = true;
        }

        return any;
    }
}

namespace Ingestion.Parser.Core;

/// <summary>
/// "Covering Marlow State football with Kyle Brandt", "Following the Legislature with Dana Ruiz": a newspaper's beat blog
/// prints, under its name and over every post, what it covers and who covers it. A verb of following in the present
/// participle opens it and the writer's capitalised name closes it after "with"; a headline sums up one story and names
/// no reporter at its end. The line is the blog's tagline, no headline.
/// </summary>
internal static class BeatBlogTagline
{
    private const int MaxLength = 90;

    private static readonly WordSet BeatVerbs = new(["covering", "following", "tracking", "chronicling", "watching"]);

    public static bool Is(ReadOnlySpan<char> text)
    {
        // Cheap first: a capitalised "-ing" word opens a short line that ends no sentence.
        if (text.Length is < 20 or > MaxLength || !char.IsUpper(text[0]) || Words.EndsSentence(text))
        {
            return false;
        }

        var space = text.IndexOf(' ');
        if (space < 5 || !BeatVerbs.Contains(text[..space]))
        {
            return false;
        }

        // "… with Kyle Brandt": two or three capitalised words after the last "with".
        var with = text.LastIndexOf(" with ", StringComparison.Ordinal);
        if (with <= space)
        {
            return false;
        }

        var writer = text[(with + 6)..].Trim();
        return Words.Count(writer) is 2 or 3 && Words.LooksLikePersonName(writer);
    }
}

namespace Ingestion.Parser.Core;

/// <summary>
/// "Rating: 2 out of 5 stars", "Our grade: B-", "Rated PG-13 | Runtime: 1 hr 52 min | Genre: Thriller | Cast: …": the
/// critic's rating and the film's facts an entertainment site of 2010–2014 prints between a review's byline and its text.
/// Neither is text or caption.
/// </summary>
internal static class ReviewFacts
{
    private static readonly PrefixSet RatingLabels = new(["rating:", "our rating:", "grade:", "our grade:", "stars:", "verdict:"]);

    private static readonly PrefixSet MpaaRatings = new(["rated g ", "rated pg ", "rated pg-13", "rated r ", "rated nc-17", "not rated", "unrated "]);

    private static readonly PrefixSet FactLabels = new(["runtime:", "running time:", "run time:", "mpaa rating:", "rated:"]);

    private const int MaxLength = 200;

    private const int MaxSpelledStarsLength = 30;

    private static readonly System.Buffers.SearchValues<char> StarGlyphs = System.Buffers.SearchValues.Create("★☆½ ");

    public static bool Is(ReadOnlySpan<char> text)
    {
        text = text.Trim();
        if (text.Length > MaxLength || text.IsEmpty || Words.EndsSentence(text))
        {
            return false;
        }

        // "Rating: 2 out of 5 stars", "Grade: B-": the label and a score, no sentence.
        if (RatingLabels.Matches(text))
        {
            return text.Contains(" out of ", StringComparison.OrdinalIgnoreCase) || text.Contains("star", StringComparison.OrdinalIgnoreCase)
                || Words.Count(text) <= 3;
        }

        // "★★★★☆" over "4 out of 5 stars": a music or film review's stars, drawn and then spelled out, on lines of their own.
        if (text[0] is '★' or '☆')
        {
            return !text.ContainsAnyExcept(StarGlyphs);
        }

        if (char.IsAsciiDigit(text[0]) && text.Length <= MaxSpelledStarsLength && text.EndsWith(" stars", StringComparison.OrdinalIgnoreCase)
            && text.Contains(" out of ", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        // "Rated PG-13 | Runtime: 1 hr 52 min | …": the rating or a fact's label opens a row of facts joined by bars.
        return (MpaaRatings.Matches(text) || FactLabels.Matches(text)) && (text.Contains(" | ", StringComparison.Ordinal) || Words.Count(text) <= 4);
    }
}

namespace Ingestion.Parser.Core;

/// <summary>
/// "Die Außenminister … verhandeln in New York über die Uno-Resolution. Strittig ist vor allem, was passiert, wenn Assad
/// nicht liefert. Von Katrin Ostermann, New York": German news magazines close the bold teaser under the headline with
/// the byline, in the same paragraph. A first paragraph whose last sentence, after its own full stop, is a labelled
/// byline and no sentence ("Von Name Name", "By Name Name, Place") is the teaser, not the text, and names the writers.
/// A paragraph of the text ends its last sentence with a stop, so it is turned away by its last character.
/// </summary>
internal static class TeaserClosingByline
{
    /// <summary>A teaser of a sentence at least before its byline.</summary>
    private const int ShortestTeaser = 80;

    /// <summary>"Von Katrin Ostermann und Jan Weber, New York": two names and a place at the most.</summary>
    private const int LongestByline = 70;

    /// <summary>The writers the teaser's closing byline names, or null when the line is no teaser so signed.</summary>
    public static List<string>? Names(string line)
    {
        var text = line.AsSpan().Trim();
        if (text.Length < ShortestTeaser || Words.EndsSentence(line) || text[^1] is '"' or '”' or '“' or '»' or '«' or ')' or ':')
        {
            return null;
        }

        var stop = text.LastIndexOf(". ", StringComparison.Ordinal);
        if (stop < 0 || text.Length - stop - 2 > LongestByline)
        {
            return null;
        }

        var byline = text[(stop + 2)..].Trim().ToString();
        return BylineParser.OpensAsByline(byline) ? BylineParser.TryRead(byline) : null;
    }
}

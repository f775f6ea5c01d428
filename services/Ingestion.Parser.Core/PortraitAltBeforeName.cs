namespace Ingestion.Parser.Core;

/// <summary>
/// "Derek Kaplan Derek Kaplan", "Photo of Nate Carrow Nate Carrow": a byline box whose writer's portrait a text browser
/// prints as its alt text, on the line of the name's link. The name twice, after an optional "Photo of", is the name once.
/// </summary>
internal static class PortraitAltBeforeName
{
    private static readonly string[] AltOpenings = ["Photo of ", "Picture of ", "Image of ", "Portrait of "];

    /// <summary>The writer's name without the portrait's alt text before it, or <paramref name="line"/> unchanged.</summary>
    /// <remarks>Asked of every bare-name candidate: only a line of four to eight words is split.</remarks>
    public static string Strip(string line)
    {
        var text = line.AsSpan().Trim();
        if (Words.Count(text) is < 4 or > 8)
        {
            return line;
        }

        foreach (var opening in AltOpenings)
        {
            if (text.StartsWith(opening, StringComparison.Ordinal))
            {
                text = text[opening.Length..];
                break;
            }
        }

        var words = text.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var half = words.Length / 2;
        return words.Length is 4 or 6 && words.AsSpan(0, half).SequenceEqual(words.AsSpan(half)) ? string.Join(' ', words[..half]) : line;
    }
}

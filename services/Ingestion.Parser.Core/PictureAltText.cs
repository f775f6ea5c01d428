namespace Ingestion.Parser.Core;

/// <summary>
/// "Corn piled on the ground" / "Corn is piled outside the Marston elevator …", "Ron Bates" / "Full steam ahead: Ron
/// Bates, 81, at the controls …", "Keeper's cottage" / "The restored keeper’s cottage … Photo by Dennis Falco": a text
/// browser prints a picture's alt text over its caption, and the alt text's words recur in the caption. A headline or a
/// crosshead over a picture seldom repeats the caption's words.
/// </summary>
internal static class PictureAltText
{
    /// <summary>The most words an alt text centred over its caption is taken to have ("Coastal path at Westcombe").</summary>
    public const int LongestCentred = 8;

    /// <summary>The most words an alt text over a credited caption is taken to have ("Plastic bags").</summary>
    public const int LongestLabel = 4;

    /// <summary>The fewest words of a caption that describes its picture, under its alt text.</summary>
    public const int ShortestCaption = 6;

    /// <summary>Whether <paramref name="alt"/> repeats most of its words in <paramref name="caption"/>.</summary>
    public static bool Echoes(string alt, string caption)
    {
        // Alt text and caption are often typed apart: "Keeper's" in one, "keeper’s" in the other.
        alt = alt.Replace('’', '\'');
        caption = caption.Replace('’', '\'');
        return Words.MostOccurIn(alt, caption) || (Words.Count(alt) <= 2 && !Words.EndsSentence(alt) && IsLongWordOf(alt.Trim(), caption));
    }

    /// <summary>
    /// "Pitcher Owen Strasbourg throws during a spring training game" over "Owen Strasbourg threw 34 pitches … (Getty
    /// Images)": alt text and caption written apart, in other words, about the same person; they share the person's name.
    /// </summary>
    public static bool NamesTheSamePerson(string alt, string caption)
    {
        var words = alt.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 1; i < words.Length; i++)
        {
            var pair = words[i - 1] + " " + words[i];
            if (Words.LooksLikePersonName(pair) && words[i - 1].Length > 1 && words[i].Length > 2 && caption.Contains(pair, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Engine" over "Labour of love: The engine, named Margaret …": a one-word alt text the caption holds.</summary>
    private static bool IsLongWordOf(string alt, string caption)
    {
        var words = alt.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.All(word => word.Length >= 4) && words.Count(word => caption.Contains(word, StringComparison.OrdinalIgnoreCase)) * 2 >= words.Length
            && words.Any(word => caption.Contains(word, StringComparison.OrdinalIgnoreCase));
    }
}

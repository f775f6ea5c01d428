namespace Ingestion.Parser.Core;

/// <summary>
/// "Dustin R. Keplinger" / "Photo provided by Oxbow County Sheriff's Office": a crime story's mugshot is captioned with the
/// person's name alone, right over a credit that says it is one. Under the byline the name is the picture's person, no
/// second writer; the caption and its credit are two entries.
/// </summary>
internal static class MugshotNameCaption
{
    /// <summary>"Dustin Ray Keplinger Jr." holds four words; a longer line is a deck or a sentence.</summary>
    private const int MaxNameWords = 4;

    private const int MaxNameLength = 40;

    public static bool Is(PageLines lines, int index)
    {
        var text = lines[index].Text.AsSpan().Trim();
        // The length and the capital are asked first: prose and most furniture fail them.
        if (text.Length is < 5 or > MaxNameLength || !char.IsUpper(text[0]) || index + 1 >= lines.Count)
        {
            return false;
        }

        return Words.Count(text) is >= 2 and <= MaxNameWords && !Words.EndsSentence(text) && Words.LooksLikeName(text)
            && CaptionDetector.IsLabelledCredit(lines[index + 1].Text);
    }
}

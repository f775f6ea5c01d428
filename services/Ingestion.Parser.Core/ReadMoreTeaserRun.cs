namespace Ingestion.Parser.Core;

/// <summary>
/// "A choir sang with two old rock stars" / "The good folks at the choir are still … […]" / "READ THE REST", then the
/// next post's headline, excerpt and link: a blog's river of other posts under the story, each teaser closed by its own
/// link to read on. Two teasers in a row, each a headline, one paragraph and the link alone on its line, are furniture
/// throughout; one "Read more" under a paragraph is a story's own link to its second page and leaves the text alone.
/// </summary>
internal static class ReadMoreTeaserRun
{
    private static readonly WordSet ReadOnLinks = new(
    [
        "read the rest", "read more", "continue reading", "read full story", "read the full story", "keep reading", "read on", "more",
        "weiterlesen", "mehr lesen", "mehr", "lire la suite", "leer más", "seguir leyendo", "leia mais", "continua a leggere", "lees meer",
    ]);

    private const int MaxHeadlineLength = 200;
    private const int MinTeasers = 2;
    private const int MaxPictureNameLength = 100;

    /// <summary>The line of the run's last read-on link when a run of teasers starts at <paramref name="index"/>, or -1.</summary>
    public static int End(PageLines lines, int index, int end)
    {
        var last = -1;
        var teasers = 0;
        var headline = index;
        while (headline < end && TeaserLink(lines, headline, end) is >= 0 and var link)
        {
            last = link;
            teasers++;
            headline = lines.NextNonBlank(link, end);
        }

        return teasers >= MinTeasers ? last : -1;
    }

    /// <summary>The read-on link closing the teaser whose headline is at <paramref name="headline"/>, or -1.</summary>
    private static int TeaserLink(PageLines lines, int headline, int end)
    {
        // Asked of every line of the text: a line that is no short headline is turned down before anything is looked up.
        var text = lines[headline].Text.AsSpan().Trim();
        if (text.IsEmpty || text.Length > MaxHeadlineLength || Words.EndsSentence(text) || !Words.HasLetter(text))
        {
            return -1;
        }

        // w3m prints the teaser's picture as its name in brackets between the headline and the excerpt ("[patti]").
        var excerpt = lines.NextNonBlank(headline, end);
        if (excerpt < end && IsPictureName(lines[excerpt].Text))
        {
            excerpt = lines.NextNonBlank(excerpt, end);
        }

        var link = lines.NextNonBlank(excerpt, end);
        return link < end && !IsReadOnLink(lines[excerpt].Text) && IsReadOnLink(lines[link].Text) ? link : -1;
    }

    private static bool IsPictureName(string line) => line.AsSpan().Trim() is ['[', .., ']'] name && name.Length <= MaxPictureNameLength;

    /// <summary>"READ THE REST", "Continue reading »", "Weiterlesen →": the link alone, its arrow or colon trimmed.</summary>
    public static bool IsReadOnLink(string line) => line.Length <= 40 && ReadOnLinks.Contains(line.AsSpan().Trim(" »›→>….:[]"));
}

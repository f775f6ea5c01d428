namespace Ingestion.Parser.Core;

/// <summary>
/// "Print | E-mail | Comments (9) | Facebook | Twitter" / "Evan Sorensen/Courier-Times" / "Parents and teachers listen to a
/// presentation on the bond plan …" / the text: a newspaper theme of 2013 prints the lead picture between the story's tool
/// row and its text, the credit over the caption, and a browser's text copy keeps that order. The short sentence under the
/// credit is the caption, not the text's opening. Where the picture prints no credit of its own, a photographer named in
/// the byline ("Story by … · Photos by Ben Achterberg") shows the story has a lead picture all the same.
/// </summary>
/// <remarks>
/// An uncaptioned picture prints the same credit over the lede ("Share 412 Tweet 96 LinkedIn Email" / "Flickr/Adrian Pell" /
/// "If you've booked a domestic flight recently, …"). A caption is short and the lede under it is longer; a lede of one
/// short sentence over a longer second paragraph reads the same, and is why the sentence must also sit between the tool row
/// (with the credit or the photographer's byline) and the long paragraph under it. A gallery's link right under the
/// sentence ("More Photos »") marks a caption of any length.
/// </remarks>
internal static class LeadCaptionUnderToolRow
{
    private const int MaxCaptionLength = 130;
    private const int MaxGalleryCaptionLength = 300;
    private const int MinLedeLength = 120;
    private const int MaxGalleryLinkWords = 4;

    private static readonly string[] GalleryWords = ["photo", "gallery", "slideshow", "picture", "image", "foto"];

    /// <summary>Whether the line is the lead picture's caption, printed under the story's tool row (and the picture's credit).</summary>
    public static bool Is(PageLines lines, int index, int end)
    {
        var text = lines[index].Text;
        if (text.Length > MaxGalleryCaptionLength || !Words.EndsSentence(text) || !IsAloneInBlock(lines, index, end))
        {
            return false;
        }

        // The credit over the caption, or, with no credit printed, a photographer named in the byline ("Story by Priya
        // Castellano · Photos by Ben Achterberg"): either way the story has a lead picture.
        var row = lines.PreviousNonBlank(index);
        if (row >= 0 && index - row == 2 && IsAloneInBlock(lines, row, end) && CaptionDetector.IsCreditOnly(lines[row].Text))
        {
            var credit = row;
            row = lines.PreviousNonBlank(credit);
            if (row < 0 || credit - row > 2)
            {
                return false;
            }
        }
        else if (row < 0 || index - row > 2 || !NamesPhotographerAbove(lines, row))
        {
            return false;
        }

        // "1 of 12" / "Photo: Imaxtree" / sentence: a slide's credit under its counter is over the slide's own text.
        if (!lines.IsBoilerplate(row) || BoilerplateFilter.IsSlideCounter(lines[row].Text))
        {
            return false;
        }

        var after = lines.NextNonBlank(index, end);
        if (after >= end || after - index > 2)
        {
            return false;
        }

        if (IsGalleryLink(lines, after))
        {
            return true;
        }

        var lede = lines[after].Text;
        return text.Length <= MaxCaptionLength && lede.Length > Math.Max(MinLedeLength, text.Length) && Words.EndsSentence(lede)
            && !lines.IsBoilerplate(after) && !lines.IsCaption(after);
    }

    private const int MaxBylineLinesAbove = 6;

    private static readonly string[] PhotographerLabels = ["Photos by ", "Photo by ", "Photography by ", "Photographs by "];

    /// <summary>"Story by … · Photos by Ben Achterberg · April 13, 2015" a few lines over the tool row.</summary>
    private static bool NamesPhotographerAbove(PageLines lines, int row)
    {
        var line = row;
        for (var seen = 0; seen < MaxBylineLinesAbove && (line = lines.PreviousNonBlank(line)) >= 0; seen++)
        {
            var text = lines[line].Text;
            foreach (var label in PhotographerLabels)
            {
                if (text.Contains(label, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsAloneInBlock(PageLines lines, int index, int end) =>
        index > 0 && lines[index - 1].IsBlank && (index + 1 >= end || lines[index + 1].IsBlank);

    /// <summary>"More Photos »", "View gallery": a short furniture line naming the pictures.</summary>
    private static bool IsGalleryLink(PageLines lines, int index)
    {
        var text = lines[index].Text;
        if (!lines.IsBoilerplate(index) || Words.CountUpTo(text, MaxGalleryLinkWords + 1) > MaxGalleryLinkWords)
        {
            return false;
        }

        foreach (var word in GalleryWords)
        {
            if (text.Contains(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}

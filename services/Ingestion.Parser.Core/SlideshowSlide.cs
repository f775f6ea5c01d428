using System.Buffers;

namespace Ingestion.Parser.Core;

/// <summary>
/// "2 of 6" / "Rapper Dex Arlo kept it sharp in a gunmetal tuxedo …" / "Jason Meld/Frontline Images" / "« Previous slide |
/// Next slide »": a slideshow printed on one page. Each slide's text is body and its bare credit a caption, even a credit
/// that names no agency; the picture's alt text over the slide's text ("Kira Vance"), the slide's navigation and the
/// gallery's "View all 6 photos" link are no text.
/// </summary>
internal static class SlideshowSlide
{
    /// <summary>How many lines a slide holds between its counter and its navigation: a title, an alt text, a credit and two paragraphs.</summary>
    private const int MostLinesInSlide = 6;

    /// <summary>
    /// Whether the line stands in a slide: under its counter and over its navigation. A counter alone ("Image 1 of 2" over
    /// a story's picture) heads a caption.
    /// </summary>
    public static bool IsInSlide(PageLines lines, int index, bool completeSeries) =>
        Reaches(lines, index, -1, IsCounter, IsNavigation)
        && (Reaches(lines, index, 1, IsNavigation, IsCounter) || (completeSeries && EndsBeforeNextSlide(lines, index)));

    /// <summary>
    /// "1 of 8" / caption / "Justin Lane/EPA" / "Hide Caption" / "2 of 8" …: a network's photo gallery prints its slides one
    /// under the other with no navigation between them, so the next slide's counter, or the blank line under the last
    /// slide, closes each one.
    /// </summary>
    private static bool EndsBeforeNextSlide(PageLines lines, int index)
    {
        for (var i = index + 1; i < lines.Count && i <= index + MostLinesInSlide; i++)
        {
            if (lines[i].IsBlank || IsCounter(lines[i].Text))
            {
                return true;
            }
        }

        return index + 1 >= lines.Count;
    }

    /// <summary>
    /// Whether the page's counters run "1 of N" to "N of N" for three slides or more, one slide right under the other, as
    /// a gallery's do; a story's "Image 1 of 2" over each of its pictures heads a caption.
    /// </summary>
    public static bool HasCompleteSeries(PageLines lines)
    {
        var seen = new List<(int Number, int Total)>();
        var blankSinceCounter = false;
        for (var i = 0; i < lines.Count; i++)
        {
            if (IsCounter(lines[i].Text) && ReadCounter(lines[i].Text) is { } counter)
            {
                // A slideshow that sets blank lines inside its slides closes each with its navigation ("« Previous Next »").
                if (seen.Count > 0 && blankSinceCounter)
                {
                    return false;
                }

                seen.Add(counter);
                blankSinceCounter = false;
            }
            else if (lines[i].IsBlank)
            {
                blankSinceCounter = true;
            }
        }

        return seen.Count >= 3 && seen[0].Total == seen.Count && seen.Select((counter, at) => counter.Number == at + 1 && counter.Total == seen.Count).All(match => match);
    }

    /// <summary>
    /// "1 of 6" / "Marisol Keane" / "The Silver Lake co-star shines in sequins." / "Frazer Harrison/Getty Images" / blank /
    /// "2 of 6" …: a gallery embedded under a story sets each slide as a block of its own, its counter on the block's first
    /// line, and may show only its first slides over a "View Full Gallery" link. The counters run "1 of N", "2 of N" … for
    /// three slides or more, each right under a blank line, and every blank line between them stands right over the next
    /// counter: a slideshow with blank lines inside its slides closes each with its navigation instead.
    /// </summary>
    public static bool HasBlockSeries(PageLines lines)
    {
        var shown = 0;
        var total = 0;
        var blankBefore = true;
        var pendingBlank = false;
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].IsBlank)
            {
                blankBefore = true;
                pendingBlank = shown > 0;
                continue;
            }

            if (IsCounter(lines[i].Text) && ReadCounter(lines[i].Text) is { } counter && blankBefore
                && counter.Number == shown + 1 && (shown == 0 || counter.Total == total))
            {
                shown++;
                total = counter.Total;
                pendingBlank = false;
            }
            else if (pendingBlank)
            {
                // The first block after a slide that is no counter closes the gallery: "View Full Gallery", or the text.
                break;
            }

            blankBefore = false;
        }

        return shown >= 3 && shown <= total;
    }

    /// <summary>Whether the line stands in a block gallery's slide: under its counter, with no blank line between them.</summary>
    public static bool IsInBlockSlide(PageLines lines, int index)
    {
        if (lines[index].IsBlank)
        {
            return false;
        }

        for (var i = index - 1; i >= 0 && index - i <= MostLinesInSlide; i--)
        {
            if (lines[i].IsBlank)
            {
                return false;
            }

            if (IsCounter(lines[i].Text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"3 of 8", "Photo 3 of 8": the slide's number and the gallery's size.</summary>
    private static (int Number, int Total)? ReadCounter(string line)
    {
        var words = line.Trim().Split(' ');
        var of = Array.IndexOf(words, "of");
        return of >= 1 && of + 1 < words.Length && int.TryParse(words[of - 1], out var number) && int.TryParse(words[of + 1], out var total)
            ? (number, total)
            : null;
    }

    private static bool IsCounter(string line) => BoilerplateFilter.IsSlideCounter(line);

    /// <summary>Whether a line of the sought kind stands a few lines away in the step's direction, before one of the other kind.</summary>
    private static bool Reaches(PageLines lines, int index, int step, Func<string, bool> sought, Func<string, bool> other)
    {
        var seen = 0;
        for (var i = index + step; i >= 0 && i < lines.Count && seen < MostLinesInSlide; i += step)
        {
            var text = lines[i].Text;
            if (text.Length == 0)
            {
                continue;
            }

            if (sought(text))
            {
                return true;
            }

            if (other(text))
            {
                return false;
            }

            seen++;
        }

        return false;
    }

    private static readonly string[] NavigationWords = ["next slide", "previous slide", "prev slide", "next photo", "previous photo", "next image", "previous image"];

    /// <summary>"« Previous slide | Next slide »", "Next photo ›": a slide's buttons.</summary>
    /// <remarks>Asked of every line and of the lines around it: only a line with the "x" of "next" or the "v" of "prev" is searched.</remarks>
    private static bool IsNavigation(string line)
    {
        if (line.Length > 60 || line.AsSpan().IndexOfAny(NextOrPrevious) < 0 || Words.EndsSentence(line.AsSpan().Trim(" «»‹›<>")))
        {
            return false;
        }

        foreach (var words in NavigationWords)
        {
            if (line.Contains(words, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly SearchValues<char> NextOrPrevious = SearchValues.Create("xXvV");

    public static bool IsNavigationOrGalleryLink(string line) => IsNavigation(line) || IsGalleryLink(line);

    /// <summary>
    /// "View all 6 photos", "See all 24 images": the link to the gallery's own page; so is "View Full Gallery" under a
    /// broadcaster's slides, its last word the gallery itself.
    /// </summary>
    private static bool IsGalleryLink(string line)
    {
        var text = line.AsSpan().Trim(" »›");
        if (text.Length <= 30 && (text.StartsWith("View ", StringComparison.OrdinalIgnoreCase) || text.StartsWith("See ", StringComparison.OrdinalIgnoreCase))
            && text.EndsWith(" gallery", StringComparison.OrdinalIgnoreCase) && Words.Count(text) <= 4)
        {
            return true;
        }

        if (text.Length > 30 || !(text.StartsWith("View all ", StringComparison.OrdinalIgnoreCase) || text.StartsWith("See all ", StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        var last = text[(text.LastIndexOf(' ') + 1)..];
        return GalleryNouns.Contains(last) && Words.HasDigit(text);
    }

    private static readonly WordSet GalleryNouns = new(["photos", "images", "pictures", "slides"]);
}

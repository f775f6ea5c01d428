namespace Ingestion.Parser.Core;

/// <summary>
/// "Image 1 of 33" / "First shift workers leave the plant on Feb. 23, 2023, in Belvidere. For nearly si" / "The plant sits
/// by the highway on Feb. 23, 2023, in Belvidere. For nearly six d" / …: a gallery over the text, as a text browser
/// prints its carousel, gives the first slide's counter and then every slide's caption cut short, one a line. Those lines
/// read as headlines (no full stop where the cut falls) but are the strip's captions; the headline is above the counter.
/// </summary>
internal static class GalleryCaptionStrip
{
    /// <summary>A strip is two captions or more; the counter over one line is a lone slide's (<see cref="LoneLineSlides"/>).</summary>
    private const int LeastCaptions = 2;

    private const int MostCaptions = 40;

    /// <summary>The slide counter heading the run of lines that holds <paramref name="index"/>, or -1 when none heads it.</summary>
    public static int CounterAbove(PageLines lines, int index)
    {
        for (var i = index - 1; i >= 0 && index - i <= MostCaptions && !lines[i].IsBlank; i--)
        {
            var text = lines[i].Text;
            if (text.Length <= 60 && BoilerplateFilter.IsSlideCounter(text))
            {
                return LastOfRun(lines, index) - i >= LeastCaptions ? i : -1;
            }
        }

        return -1;
    }

    private static int LastOfRun(PageLines lines, int index)
    {
        while (index + 1 < lines.Count && !lines[index + 1].IsBlank)
        {
            index++;
        }

        return index;
    }
}

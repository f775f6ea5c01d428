namespace Ingestion.Parser.Core;

/// <summary>
/// "Dienstag, 13. Mai 2014, von Dr. Anna Berger" / "Weiterempfehlen Drucken" / headline: a template that sets the post's
/// date and byline over its headline (lynx then prints the centred headline under them). A byline that says "von", "by"
/// or "par" and holds the date, with nothing but buttons between it and the headline, is the story's own, however far
/// below a sidebar lists other posts with their writers and days. A bare name over a date there may be a rail's item,
/// and stays above the title.
/// </summary>
internal static class LabelledBylineOverHeadline
{
    private const int MostLinesBetween = 6;

    /// <summary>The byline's label after the date ("Dienstag, 13. Mai 2014, von …", "May 13, 2014, by …").</summary>
    private static readonly string[] LabelsAfterDate = [", von ", ", by ", ", par ", ", di ", ", por ", ", door "];

    public static bool Is(PageLines lines, int index, int title)
    {
        if (index >= title || title - index > MostLinesBetween || !lines.TryReadMetadata(index, out var found)
            || found.Authors is null || found.FromBareNames || found.Time is null || !IsLabelled(lines[index].Text)
            || !found.Authors.TrueForAll(IsWriter))
        {
            return false;
        }

        for (var i = index + 1; i < title; i++)
        {
            if (!lines[i].IsBlank && !lines.IsBoilerplate(i))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"By Associated Press AP June 3, 2015": a wire service signing over the headline names no writer.</summary>
    private static bool IsWriter(string name)
    {
        if (!BylineParser.IsWritersName(name))
        {
            return false;
        }

        foreach (var word in name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (WireServiceByline.IsWireService(word))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "Fairmont Daily Star Saturday, March 9, 2013": a masthead's paper and day read as a name and a date is no byline;
    /// only a line with a byline's label names a writer.
    /// </summary>
    private static bool IsLabelled(string line)
    {
        if (BylineParser.OpensAsByline(line))
        {
            return true;
        }

        foreach (var label in LabelsAfterDate)
        {
            if (line.Contains(label, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}

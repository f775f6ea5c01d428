namespace Ingestion.Parser.Core;

/// <summary>
/// "La station Piges est fermée depuis 1985. ©" / "Belga", "La ciclovía actual termina en Oroño y" / "Córdoba. Foto:
/// Archivo": w3m wraps a caption set in a fixed-width picture table (2011–2014 papers, 300 pixels) at the cell's width,
/// though it wraps nothing else on the page. The two short lines are one caption, its credit at its end; read alone, the
/// first is a sentence cut off and the second a fragment.
/// </summary>
internal static class WrappedCaptionCell
{
    /// <summary>A 300-pixel cell holds about 45 characters a line.</summary>
    private const int WidestCell = 50;

    /// <summary>A caption's first line holds a few words; "• [0]" over a comment's header is an avatar's placeholder.</summary>
    private const int MinFirstLineWords = 3;

    public static List<TextLine> Join(List<TextLine> lines)
    {
        List<TextLine>? joined = null;
        for (var i = 0; i < lines.Count; i++)
        {
            if (i + 1 < lines.Count && IsWrappedCaption(lines, i))
            {
                joined ??= [.. lines.Take(i)];
                joined.Add(lines[i] with { Text = lines[i].Text + " " + lines[i + 1].Text });
                i++;
                continue;
            }

            joined?.Add(lines[i]);
        }

        return joined ?? lines;
    }

    /// <summary>"2. Dyan S" under "September 27, 2013 at 8:47 pm | Reply": a numbered or bulleted line opens the next item of a list.</summary>
    private static bool OpensItem(string line)
    {
        var text = line.AsSpan().TrimStart();
        var digits = text.IndexOfAnyExceptInRange('0', '9');
        return (digits > 0 && text[digits..].StartsWith(". ", StringComparison.Ordinal)) || text is ['•' or '*' or '-' or '+', ' ', ..];
    }

    /// <summary>The cell's last two lines, a blank under them: the first ends mid-sentence or on a bare "©", and only together do they end in a credit.</summary>
    private static bool IsWrappedCaption(List<TextLine> lines, int index)
    {
        var first = lines[index].Text;
        var second = lines[index + 1].Text;
        if (first.Length is 0 or > WidestCell || second.Length is 0 or > WidestCell || (index + 2 < lines.Count && !lines[index + 2].IsBlank)
            || (!first.EndsWith('©') && (Words.EndsSentence(first) || first.EndsWith(':'))) || first.Contains(" | ", StringComparison.Ordinal)
            || OpensItem(first) || OpensItem(second) || Words.Count(first) < MinFirstLineWords)
        {
            return false;
        }

        // "Claire Devereux, Jonah Price" / "Jared Milner/Getty Images": a whole "photographer/agency" credit on the second
        // line is the caption's credit on a line of its own, two entries; a wrapped cell breaks inside its caption's words.
        // "Dustin R. Keplinger" / "Photo provided by Oxbow County Sheriff's Office": so is a credit that says it is one, under
        // a mugshot's name.
        if (!first.EndsWith('©') && (CaptionDetector.IsSlashCredit(second.AsSpan().Trim()) || CaptionDetector.IsLabelledCredit(second)))
        {
            return false;
        }

        // Asked of every pair of short lines: the furniture check, the dearest, only of the few that join into a caption.
        return (first.EndsWith('©') || CaptionDetector.TryRead(first) is null)
            && CaptionDetector.TryRead(first + " " + second) is not null && !BoilerplateFilter.IsBoilerplate(first);
    }
}

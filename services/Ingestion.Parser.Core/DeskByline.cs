namespace Ingestion.Parser.Core;

/// <summary>
/// "By Business Journal Staff", "By Sentinel Staff Reports", "Written by KXRV Staff": a byline that names the newsroom, no person. It names no
/// author, but it stands where a byline stands, under the headline, and is no headline itself. A letters page signs
/// so as the section readers write to ("By Letters To The Editor |", the bar of an empty cell after it).
/// </summary>
internal static class DeskByline
{
    private const int MaxLength = 60;

    public static bool Is(string line)
    {
        if (line.Length is < 6 or > MaxLength || !BylineParser.OpensAsByline(line))
        {
            return false;
        }

        // The label may be of more than one word: "Written by Business Journal Staff", "Posted by KXRV Staff".
        var text = line.AsSpan().Trim();
        var label = BylineParser.LabelLength(text);
        var name = text[label..].TrimEnd(" |").Trim();
        return label > 0 && name.Contains(' ') && Words.CapitalisedCount(name, 6) == Words.Count(name)
            && (BylineParser.IsDeskName(name) || LettersSectionByline.Is(name.ToString()));
    }
}

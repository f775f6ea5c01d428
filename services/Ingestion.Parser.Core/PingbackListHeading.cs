namespace Ingestion.Parser.Core;

/// <summary>
/// "Trackbacks/Pingbacks" over "1. Weekly fossil roundup … « The Bone Bench": many WordPress themes of 2009–2014 list the
/// blogs that linked to the post under their own heading after the comments. The list ends the thread: its numbered
/// entries are other blogs' post titles, no comments. Only the heading alone on its line (with a count in brackets at
/// most) is one; a reader's "Trackbacks are broken on this blog." is a sentence.
/// </summary>
internal static class PingbackListHeading
{
    private static readonly string[] Headings =
        ["trackbacks/pingbacks", "pingbacks/trackbacks", "trackbacks & pingbacks", "trackbacks and pingbacks", "pingbacks & trackbacks", "pingbacks and trackbacks", "trackbacks", "pingbacks"];

    /// <summary>"Trackbacks and Pingbacks (12)" is the longest heading.</summary>
    private const int MaxLength = 34;

    public static bool Is(ReadOnlySpan<char> text)
    {
        text = text.Trim();
        // The length and the first letter turn down prose before the headings are compared.
        if (text.Length is < 9 or > MaxLength || (text[0] | 0x20) is not ('t' or 'p'))
        {
            return false;
        }

        // "Trackbacks (2)": a count in brackets after the heading.
        var bracket = text.IndexOf(" (");
        if (bracket > 0 && text[^1] == ')')
        {
            text = text[..bracket];
        }

        foreach (var heading in Headings)
        {
            if (text.Equals(heading, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}

namespace Ingestion.Parser.Core;

/// <summary>
/// "#3 Mar 13, 2013   Ted K   Fargo, ND" / "farmgal wrote: That elevator has been a fire waiting to happen for years." /
/// "Source? …": a forum post that opens by quoting another poster. Right under a header with no text of its own, the
/// quoting line is the post's first paragraph, no header of a post by the one quoted.
/// </summary>
internal static class QuotedPosterLine
{
    private const string Verb = " wrote: ";

    /// <summary>
    /// "hollowtop wrote:" alone, the quoted words on the lines under it: phpBB's quote label as a scraper prints its
    /// "cite" on a line of its own. Only right under a post's header that gave the name and the time ("by marge_w » Thu
    /// Oct 15, 2020 10:47 am") is it the post's first paragraph; elsewhere "name wrote:" heads a comment of its own.
    /// </summary>
    public static bool IsLabelAlone(string line)
    {
        var text = line.AsSpan().Trim();
        return text.Length <= 60 && text.EndsWith(" wrote:", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// "Dana Whitlock writes:" alone under a timed header, the quoted words under it: a commenter quoting the story's writer
    /// in the present tense (WritesQuoteLabel). Asked only where <see cref="IsLabelAlone"/> is asked for a line right under
    /// a header, so a thread whose headers themselves say "Name writes:" keeps them.
    /// </summary>
    public static bool IsWritesLabelAlone(string line)
    {
        var text = line.AsSpan().Trim();
        return text.Length <= 60 && text.EndsWith(" writes:", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Whether the line quotes a poster ("name wrote: words"), the words on the same line.</summary>
    public static bool Is(string line)
    {
        var text = line.AsSpan().Trim();
        return text.IndexOf(Verb, StringComparison.OrdinalIgnoreCase) is > 0 and var at && at + Verb.Length < text.Length;
    }
}

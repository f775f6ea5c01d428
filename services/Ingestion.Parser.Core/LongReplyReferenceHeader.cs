namespace Ingestion.Parser.Core;

/// <summary>
/// "Nate Okafor replied to comment from Marcy Tillotson | September 26, 2013 8:02 AM | Reply": Movable Type's flat
/// thread names the writer and the commenter answered before the time, so the separator before the time can stand past
/// the 50 characters a commenter's name is allowed. The header splits into the writer with the join ("Nate Okafor replied
/// to comment from ") and the rest, which reads as any "name | date" header with the answered name in the name's place.
/// </summary>
internal static class LongReplyReferenceHeader
{
    /// <summary>The longest name the ordinary name-and-date split reads; a shorter header was read whole by it.</summary>
    private const int NameWindow = 50;

    /// <summary>Movable Type's words between the join and the answered name.</summary>
    private const string CommentFrom = "comment from ";

    public static bool TrySplit(string header, out string writerAndJoin, out string rest)
    {
        writerAndJoin = rest = string.Empty;
        if (header.Length <= NameWindow)
        {
            return false;
        }

        // The writer is a person's name ("Nate Okafor") or a one-word handle ("rpt_native"): a sentence's opening words
        // ("When the council finally replied to comment from …") are neither.
        var writer = CommentAuthor.WithoutReply(header.AsSpan()).Trim();
        if (writer.Length == header.Length || writer.Length > NameWindow || !(Words.LooksLikePersonName(writer) || (Words.Count(writer) == 1 && Words.LooksLikeName(writer))))
        {
            return false;
        }

        var reference = CommentAuthor.ReplyReference(header);
        if (reference is null)
        {
            return false;
        }

        var referenceStart = header.Length - reference.Length;
        if (reference.StartsWith(CommentFrom, StringComparison.OrdinalIgnoreCase))
        {
            referenceStart += CommentFrom.Length;
        }

        rest = header[referenceStart..];
        // One join a header: a rest that names a reply again is no header of this shape.
        if (rest.Length == 0 || CommentAuthor.ReplyReference(rest) is not null)
        {
            return false;
        }

        writerAndJoin = header[..referenceStart];
        return true;
    }
}

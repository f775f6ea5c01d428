namespace Ingestion.Parser.Core;

/// <summary>
/// "Le 3 juillet à 16:55, par Marin En réponse à : Le bac garde sa course de nuit": SPIP's forum heads each message with
/// its date, its writer and the title of what it answers, the story's or a message's, on one line. The title after the
/// writer's name is the subject answered, no part of the name; the words that open it are those that open a flat
/// reply's reference line ("In reply to Name", <see cref="CommentLine.ReplyReferencePrefixes"/>).
/// Cost: a prefix look-up at each word of a line read as a comment's header, most turned down by their first two letters.
/// </summary>
internal static class ReplyToTitleAfterName
{
    /// <summary>The header up to the reply label, or the header itself when it names no subject answered.</summary>
    public static ReadOnlySpan<char> Without(ReadOnlySpan<char> header)
    {
        for (var space = header.IndexOf(' '); space > 0 && space < header.Length - 1; space = header[(space + 1)..].IndexOf(' ') is >= 0 and var next ? space + 1 + next : -1)
        {
            if (CommentLine.ReplyReferencePrefixes.MatchLength(header[(space + 1)..]) > 0)
            {
                return header[..space].TrimEnd();
            }
        }

        return header;
    }
}

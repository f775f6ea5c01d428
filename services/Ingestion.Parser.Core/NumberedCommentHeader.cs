namespace Ingestion.Parser.Core;

/// <summary>
/// "Kommentare" / "#1 Kommentar von Mirabell" / "4. Mai 2004, 09:02" / text: a hand-made site numbers each comment's
/// header and labels it as one comment by its writer. The "#" makes the figure the comment's ordinal, no count of the
/// thread ("1 Kommentar" declares one), and the label before the name is no part of it.
/// </summary>
internal static class NumberedCommentHeader
{
    private static readonly PrefixSet Labels = new(["kommentar von ", "comment by ", "comment from ", "commentaire de ", "comentario de "]);

    /// <summary>Whether the line opens with "#", the comment's number and a one-comment label ("#12 Comment by …").</summary>
    public static bool Is(string line)
    {
        var text = line.AsSpan().TrimStart();
        if (text.Length < 4 || text[0] != '#')
        {
            return false;
        }

        var digits = 1;
        while (digits < text.Length && digits <= 5 && char.IsAsciiDigit(text[digits]))
        {
            digits++;
        }

        return digits > 1 && digits < text.Length && text[digits] == ' ' && Labels.Matches(text[(digits + 1)..].TrimStart());
    }
}

namespace Ingestion.Parser.Core;

/// <summary>
/// "Comment by Howard Tibbs on March 12, 2013 at 3:10pm": community platforms (Ning and its like) label each comment's
/// header as one, with its writer and time, and print the thread under the text with no heading over it. Drupal signs its
/// comments so too ("God bless the Ostranders" / "Submitted by ruralroute4 on Tue, 09/24/2013 - 18:42."), under the subject
/// the reader gave each. Two such headers open the thread where the first stands, or at its subject. (A forum's "Post by
/// Name » date" heads posts among the board's own furniture, its poster boxes and quote buttons, which a rendering prints
/// as lines of their own: no thread is read there.)
/// </summary>
internal static class LabelledCommentHeader
{
    private static readonly PrefixSet Labels = new(["comment by ", "comment from ", "kommentar von ", "commentaire de ", "comentario de "]);

    /// <summary>Drupal's signature: its label is one <see cref="CommentLine.TryReadAuthor"/> reads itself.</summary>
    private const string DrupalSignature = "Submitted by ";

    private const int MinHeaders = 2;

    /// <summary>A subject is a short title of its own, not a sentence of the article's last paragraph.</summary>
    private const int MaxSubjectLength = 80;

    public static bool Is(string line)
    {
        var text = line.AsSpan().Trim();
        if (text.Length >= 120 || !Words.HasDigit(text))
        {
            return false;
        }

        var label = Labels.MatchLength(text);
        return (label > 0 || IsDrupalSignature(text))
            && CommentLine.TryReadAuthor(text[label..].ToString(), out var author, out var time, out _) && author.Length > 0 && time is not null;
    }

    /// <summary>Where the thread of two or more labelled headers after <paramref name="from"/> opens, or -1.</summary>
    public static int FindThread(PageLines lines, int from, int end)
    {
        var first = -1;
        var count = 0;
        for (var i = Math.Max(from, 0); i < end && count < MinHeaders; i++)
        {
            if (!lines[i].IsBlank && Is(lines[i].Text))
            {
                first = first < 0 ? i : first;
                count++;
            }
        }

        return count < MinHeaders ? -1 : SubjectOver(lines, first, from) is >= 0 and var subject ? subject : first;
    }

    private static bool IsDrupalSignature(ReadOnlySpan<char> text) => text.StartsWith(DrupalSignature, StringComparison.OrdinalIgnoreCase);

    /// <summary>The subject line right over a Drupal signature (one blank line between at most), or -1.</summary>
    private static int SubjectOver(PageLines lines, int signature, int from)
    {
        if (!IsDrupalSignature(lines[signature].Text.AsSpan().TrimStart()))
        {
            return -1;
        }

        var above = lines.PreviousNonBlank(signature);
        var text = above >= from && above >= signature - 2 ? lines[above].Text : "";
        // "• Send to friend": the article's link row above the first comment is no subject.
        return text.Length is > 0 and <= MaxSubjectLength && CommentLine.StripMarker(text, out var marker).Length > 0 && marker == CommentLine.Marker.None
            ? above
            : -1;
    }
}

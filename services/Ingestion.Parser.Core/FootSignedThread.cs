namespace Ingestion.Parser.Core;

/// <summary>
/// "Six months means one year in reality." / "from: Raghav S., Bangalore" / "Posted on: Aug 24, 2013 at 07:51 IST": a
/// thread (a paper's reader comments, an obituary's guest book) that signs each comment under its text. The text above
/// the first signature is the first comment's, and nothing but furniture follows the last signature: each comment's text
/// is the text between the signature above it and its own.
/// </summary>
internal static class FootSignedThread
{
    public static bool Is(CommentLine.Kind[] kinds, HashSet<int> places, IReadOnlyList<int> signatures, int threadEnd)
    {
        return signatures.Count >= 2 && HasText(kinds, places, 0, signatures[0]) && !HasText(kinds, places, signatures[^1] + 1, threadEnd)
            && Enumerable.Range(1, signatures.Count - 1).All(s => HasText(kinds, places, signatures[s - 1] + 1, signatures[s]));
    }

    /// <summary>The text of the comment signed at <paramref name="signature"/>: the text lines since the signature above it.</summary>
    public static List<string> Paragraphs(PageLines lines, CommentLine.Kind[] kinds, HashSet<int> places, int previousSignature, int signature)
    {
        var paragraphs = new List<string>();
        for (var i = previousSignature + 1; i < signature; i++)
        {
            if (kinds[i] == CommentLine.Kind.Text && !places.Contains(i))
            {
                paragraphs.Add(Whitespace.Collapse(lines[i].Text));
            }
        }

        return paragraphs;
    }

    private static bool HasText(CommentLine.Kind[] kinds, HashSet<int> places, int from, int end)
    {
        for (var i = from; i < end && i < kinds.Length; i++)
        {
            if (kinds[i] == CommentLine.Kind.Text && !places.Contains(i))
            {
                return true;
            }
        }

        return false;
    }
}

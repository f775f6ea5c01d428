namespace Ingestion.Parser.Core;

/// <summary>
/// "1. Smile diplomacy" / "Eli, Haifa" / "09/24/2013 22:41" / text: an Israeli or Gulf daily's talkbacks (2005–2014) number
/// each comment's subject, the words its writer typed as a heading, and sign it with the name and town on the line under
/// it, the time under that. The numbered line is the subject, no name and no paragraph; the name is the signature's words
/// before its comma, the town no part of it.
/// </summary>
internal static class NumberedSubjectOverSigner
{
    private const int MaxSignatureLength = 60;

    /// <summary>The numbered subject line right above <paramref name="signature"/>, or -1 when there is none.</summary>
    public static int SubjectAbove(PageLines lines, CommentLine.Kind[] kinds, int signature)
    {
        // The three lines stand together, with no blank line between them: a numbered name over the text is a list's comment.
        var above = signature - 1;
        if (above < 0 || kinds[above] != CommentLine.Kind.Text || lines[signature].Text.Trim().Length > MaxSignatureLength
            || !Words.LooksLikeName(lines[signature].Text.AsSpan().Trim()) || !lines[signature].Text.Any(char.IsLetter))
        {
            return -1;
        }

        var subject = CommentLine.StripMarker(lines[above].Text, out var marker);
        CommentLine.TryReadAuthor(lines[above].Text, out _, out var time, out _);
        return marker == CommentLine.Marker.Number && subject.Length > 0 && time is null && TalkbackSubjects.IsSubject(subject.ToString()) ? above : -1;
    }

    /// <summary>"Daniel K., Tel Aviv": the writer's name before the town.</summary>
    public static string Signer(ReadOnlySpan<char> signature)
    {
        var comma = signature.IndexOf(", ", StringComparison.Ordinal);
        return Whitespace.Collapse((comma > 0 ? signature[..comma] : signature).Trim().ToString());
    }

    /// <summary>
    /// "3. re: Give him a chance": a talkback answering another repeats its subject after "re:"; the writer of the latest
    /// earlier talkback under that subject, or null when the subject answers none.
    /// </summary>
    public static string? RepliedTo(PageLines lines, CommentLine.Kind[] kinds, IReadOnlyList<(int Line, string? Author)> signatures, int index)
    {
        if (SubjectOf(lines, kinds, signatures[index].Line) is not { } subject || !subject.StartsWith("re:", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var answered = subject[3..].Trim();
        for (var earlier = index - 1; earlier >= 0; earlier--)
        {
            if (SubjectOf(lines, kinds, signatures[earlier].Line) is { } other && other.Equals(answered, StringComparison.OrdinalIgnoreCase))
            {
                return signatures[earlier].Author;
            }
        }

        return null;
    }

    private static string? SubjectOf(PageLines lines, CommentLine.Kind[] kinds, int signature) =>
        SubjectAbove(lines, kinds, signature) is var subject and >= 0 ? Whitespace.Collapse(CommentLine.StripMarker(lines[subject].Text, out _).ToString()) : null;
}

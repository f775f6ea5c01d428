namespace Ingestion.Parser.Core;

/// <summary>
/// "Segmenting helps" / "We moved all printers to their own VLAN …" / "Ferdinand Alaoui March 12, 2013 at 4:26 PM": a
/// talkback that heads each comment with the subject its writer typed and signs it under the text. The subject is a
/// heading over the comment, no paragraph of it. Only when every comment of the thread opens with such a short unpunctuated
/// line over more text is the first line a subject; a thread where some comments open with a sentence has none.
/// </summary>
internal static class TalkbackSubjects
{
    private const int LongestSubject = 8;

    public static bool HeadEvery(IReadOnlyList<IReadOnlyList<string>> comments)
    {
        var headed = 0;
        var single = 0;
        foreach (var paragraphs in comments)
        {
            headed += paragraphs.Count >= 2 && IsSubject(paragraphs[0]) ? 1 : 0;
            single += paragraphs.Count == 1 ? 1 : 0;
        }

        // "Agreed" / "About time. We have the best guards …": a subject the thread's reader takes for a button leaves one
        // line; one such comment in five, among four headed ones at least, keeps the thread's subjects.
        return comments.Count >= 2 && (headed == comments.Count || (headed >= 4 && single * 5 <= comments.Count && headed + single == comments.Count));
    }

    public static bool IsSubject(string line) =>
        line.Length is > 0 and < 80 && Words.Count(line) <= LongestSubject && !Words.EndsSentence(line);
}

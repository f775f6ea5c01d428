namespace Ingestion.Parser.Core;

/// <summary>
/// "Copyright 2013 KMBR. All rights reserved." / "Share" / "Tweet" / "Email" / "Print" / "Related Stories" / two links /
/// "Tags: Old Mill Road, Cutter Creek, …": a station's copyright line ends the story's text, but the story's own tools
/// follow it before the thread, and its tag line stands among them. Only a labelled line that holds its tags is taken,
/// and the search stops at prose or a comment heading.
/// </summary>
internal static class TagLineUnderStoryTools
{
    /// <summary>How many lines of share buttons, related links and blanks may stand between the notice and the tag line.</summary>
    private const int Reach = 16;

    private const int ProseLength = 80;

    /// <summary>The index of the tag line, or -1.</summary>
    public static int Find(PageLines lines, int from)
    {
        for (var i = from; i < lines.Count && i - from <= Reach; i++)
        {
            var text = lines[i].Text;
            if (text.Length == 0)
            {
                continue;
            }

            if (lines.HeadingKind(i) != CommentHeadings.Kind.None || (text.Length >= ProseLength && Words.EndsSentence(text)))
            {
                return -1;
            }

            if (TagLineParser.TryRead(text) is { Count: > 0 })
            {
                return i;
            }
        }

        return -1;
    }
}

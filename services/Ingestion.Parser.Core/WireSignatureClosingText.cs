namespace Ingestion.Parser.Core;

/// <summary>
/// "…と指摘している。(c)AFP/Name": a Japanese or Chinese agency's story closes its last paragraph with the agency's
/// copyright mark and the reporter after the last sentence. The credit words make the line read as a picture's caption
/// with its credit, but a caption's sentence names the day the picture was taken ("（2018年6月17日撮影）。") and stands
/// under a picture, where this one is a paragraph of the text, so it stays in the body. Cost: asked only of lines read
/// as captions: one search for the mark and a look at the character before it; no allocation.
/// </summary>
internal static class WireSignatureClosingText
{
    /// <summary>The text before the mark is a paragraph, forty characters at least.</summary>
    private const int MinTextLength = 40;

    /// <summary>"(c)AFP/Name Name": the agency and a reporter's name.</summary>
    private const int MaxSignatureLength = 40;

    private const string Mark = "(c)";

    /// <summary>The mark of a caption's day: "撮影" (taken), before the closing bracket and the stop.</summary>
    private const string TakenWord = "撮影";

    public static bool Is(ReadOnlySpan<char> text)
    {
        text = text.Trim();
        var mark = text.LastIndexOf(Mark, StringComparison.OrdinalIgnoreCase);
        if (mark < MinTextLength || text.Length - mark - Mark.Length is <= 0 or > MaxSignatureLength)
        {
            return false;
        }

        var before = text[..mark].TrimEnd();
        var signature = text[(mark + Mark.Length)..].TrimStart();
        return before is [.., '。' or '」' or '！' or '？'] && SpaceSeparatedHanziTags.HoldsHanzi(before)
            && signature is [>= 'A' and <= 'Z', ..] && !signature.ContainsAnyInRange('\u3000', '\u9FFF')
            && !before[Math.Max(0, before.Length - 12)..].Contains(TakenWord, StringComparison.Ordinal);
    }
}

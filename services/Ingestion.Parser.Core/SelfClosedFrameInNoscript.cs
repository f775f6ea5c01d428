using System.Buffers;
using System.Text;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;noscript&gt;&lt;iframe src="…tag manager…" height="0" width="0" style="display:none" /&gt;&lt;/noscript&gt;": a tag
/// manager's frame written as self-closing, which HTML does not know for a frame. A browser runs scripts, so it reads
/// the noscript as text up to its end tag and shows the page after it; a parser without scripts reads the noscript's
/// markup, and a frame's content is text up to "&lt;/iframe&gt;", which never comes: the whole page after it, headline,
/// article and all, becomes the frame's unshown text. The frame is closed where its noscript ends, before the page is
/// parsed, so the parser sees the page a browser shows (a frame closed in its noscript is left as it is).
/// </summary>
internal static class SelfClosedFrameInNoscript
{
    private const string FrameEnd = "</iframe>";

    /// <summary>The vectorised search: a page of 10 MB without a noscript was read at scalar speed by IndexOf ignoring case.</summary>
    private static readonly SearchValues<string> NoscriptOpening = SearchValues.Create(["<noscript"], StringComparison.OrdinalIgnoreCase);

    public static string Closed(string html)
    {
        StringBuilder? mended = null;
        var copied = 0;
        for (var start = html.AsSpan().IndexOfAny(NoscriptOpening); start >= 0;)
        {
            var end = html.IndexOf("</noscript", start, StringComparison.OrdinalIgnoreCase);
            if (end < 0)
            {
                break;
            }

            var inside = html.AsSpan(start, end - start);
            if (inside.IndexOf("<iframe", StringComparison.OrdinalIgnoreCase) is >= 0 and var frame
                && inside[frame..].IndexOf("</iframe", StringComparison.OrdinalIgnoreCase) < 0)
            {
                (mended ??= new StringBuilder(html.Length + FrameEnd.Length)).Append(html, copied, end - copied).Append(FrameEnd);
                copied = end;
            }

            start = html.AsSpan(end).IndexOfAny(NoscriptOpening) is >= 0 and var next ? end + next : -1;
        }

        return mended is null ? html : mended.Append(html, copied, html.Length - copied).ToString();
    }
}

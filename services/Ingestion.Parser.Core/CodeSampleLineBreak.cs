using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;pre&gt;&lt;code&gt;&lt;span class="token comment"&gt;// tide.c&lt;/span&gt;&lt;br&gt;int level(int raw) {&lt;br&gt;  return raw / 4;&lt;br&gt;}&lt;/code&gt;&lt;/pre&gt;":
/// a syntax highlighter writes a code sample's line ends as line breaks, where a plain code block keeps its newlines. A
/// code block is one paragraph whichever way its lines end (caktus' blocks, with newlines, already were); read a line a
/// break, its lines came out as paragraphs of their own, and some ("}", "(drop)", "TIDE_EXPORT") were dropped
/// as furniture. Only a break inside a code element inside a preformatted block counts: a page set in "pre" with
/// breaks between its paragraphs keeps them.
/// </summary>
internal static class CodeSampleLineBreak
{
    public static bool Continues(IElement lineBreak)
    {
        for (var parent = lineBreak.ParentElement; parent is not null; parent = parent.ParentElement)
        {
            if (parent.LocalName == "code")
            {
                return parent.Nearest("pre") is not null;
            }

            if (parent.LocalName is "pre" or "p" or "div" or "td" or "body")
            {
                return false;
            }
        }

        return false;
    }
}

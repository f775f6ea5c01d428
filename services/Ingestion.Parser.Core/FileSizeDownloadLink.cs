using System.Buffers;
using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;li&gt;&lt;a href="/files/leseprobe.pdf"&gt;Leseprobe_Beete im Schatten&lt;/a&gt; (812 kB)&lt;/li&gt;", "&lt;p&gt;&lt;a&gt;Jahresbericht
/// 2019&lt;/a&gt; [PDF, 1,3 MB]&lt;/p&gt;": a file to download, its link followed by nothing but the file's size in brackets
/// (and its type). A reader sees a button for the file, no sentence of the text, however the page sets it; a link in a
/// sentence, or a size in a sentence ("the report (1.3 MB) lists …"), is text and stays. Asked of each list item and
/// paragraph of the text's box: a look at its child nodes, no text built but the brackets' few characters.
/// </summary>
internal static class FileSizeDownloadLink
{
    private static readonly WordSet Units = new(["b", "bytes", "kb", "kib", "mb", "mib", "gb", "ko", "mo"]);

    private static readonly WordSet FileTypes = new(["pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "zip", "epub", "mp3", "mp4", "jpg", "jpeg", "png", "txt", "csv", "rtf", "odt"]);

    /// <summary>A size's number: digits, and the dot of "1.3" (the comma of "1,3" parts the words).</summary>
    private static readonly SearchValues<char> NumberChars = SearchValues.Create("0123456789.");

    /// <summary>"(PDF, 1,3 MB)": the longest bracket read.</summary>
    private const int LongestSize = 24;

    public static void Remove(IElement root)
    {
        List<IElement>? found = null;
        foreach (var block in root.SelectAll("li, p"))
        {
            if (IsDownload(block))
            {
                (found ??= []).Add(block);
            }
        }

        foreach (var block in found ?? [])
        {
            block.Remove();
        }
    }

    /// <summary>One link and, after it, only a bracketed file size; nothing before the link.</summary>
    public static bool IsDownload(IElement block)
    {
        if (block.ChildElementCount != 1 || block.FirstElementChild is not { LocalName: "a" } link || link.TextContent.AsSpan().Trim().IsEmpty)
        {
            return false;
        }

        var after = false;
        ReadOnlySpan<char> size = default;
        foreach (var node in block.ChildNodes)
        {
            if (node == link)
            {
                after = true;
            }
            else if (node is IText text && text.Data.AsSpan().Trim() is var words && !words.IsEmpty)
            {
                if (!after || !size.IsEmpty)
                {
                    return false;
                }

                size = words;
            }
        }

        return IsSize(size);
    }

    /// <summary>"(812 kB)", "[PDF, 1,3 MB]", "(pdf | 2 MB)": a number with a unit, a file type allowed beside it.</summary>
    public static bool IsSize(ReadOnlySpan<char> text)
    {
        if (text.Length is < 4 or > LongestSize || !(text[0] == '(' && text[^1] == ')' || text[0] == '[' && text[^1] == ']'))
        {
            return false;
        }

        var inner = text[1..^1];
        var number = false;
        var unit = false;
        foreach (var range in inner.SplitAny(" ,|;\u00a0"))
        {
            var word = inner[range];
            if (word.IsEmpty)
            {
                continue;
            }

            // "1,3" and "1.3" were parted at the comma: digits alone, or digits with a dot.
            if (!word.ContainsAnyExcept(NumberChars) && !unit)
            {
                number = true;
            }
            else if (number && Units.Contains(word))
            {
                unit = true;
            }
            else if (!FileTypes.Contains(word))
            {
                return false;
            }
        }

        return number && unit;
    }
}

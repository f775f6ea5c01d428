using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div class="list_item list_item_image no_caption"&gt;&lt;h2&gt;…&lt;/h2&gt;&lt;img&gt;&lt;p&gt;&lt;span class="attr_no_caption"&gt;Police&lt;/span&gt;&lt;/p&gt;&lt;/div&gt;":
/// a list-style story's item box says by its class that its picture has no caption ("no_caption", "no-caption",
/// "nocaption", "hasNoCaption", "without-caption"). The box holds the item's heading, picture and text: no caption,
/// though its class names one. The credit inside it, a box without the picture, is still read as the picture's entry.
/// </summary>
internal static class NoCaptionClassBox
{
    private const string Caption = "caption";

    /// <summary>A box holding a picture whose every class naming a caption denies it one.</summary>
    public static bool Is(IElement element)
    {
        var named = false;
        foreach (var name in element.ClassList)
        {
            var at = name.IndexOf(Caption, StringComparison.OrdinalIgnoreCase);
            if (at < 0)
            {
                continue;
            }

            if (!IsDenial(name.AsSpan(0, at)))
            {
                return false;
            }

            named = true;
        }

        return named && element.SelectFirst("img, picture") is not null;
    }

    /// <summary>
    /// The box's other classes, for the furniture's class words: "no_caption" names no caption box to drop, while a
    /// "share no_caption" box is still a share row.
    /// </summary>
    public static string OtherClasses(IElement element) =>
        string.Join(' ', element.ClassList.Where(name => name.IndexOf(Caption, StringComparison.OrdinalIgnoreCase) is var at && (at < 0 || !IsDenial(name.AsSpan(0, at)))));

    /// <summary>
    /// "no_", "no-", "no", "hasNo", "item_attr_no_", "without-": the class's part before "caption" ends in a "no" or
    /// "without" that starts a word ("piano_caption" and "casino-caption" name a caption).
    /// </summary>
    private static bool IsDenial(ReadOnlySpan<char> before)
    {
        before = before.TrimEnd("_-");
        return EndsWithWord(before, "no") || EndsWithWord(before, "without");
    }

    private static bool EndsWithWord(ReadOnlySpan<char> text, string word)
    {
        if (!text.EndsWith(word, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var start = text.Length - word.Length;
        return start == 0 || text[start - 1] is '_' or '-' || (char.IsUpper(text[start]) && char.IsLetterOrDigit(text[start - 1]));
    }
}

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div class="blog-multimedia--figure-caption"&gt;&lt;figure&gt;&lt;h2 class="element-invisible"&gt;&lt;a&gt;WEB19-Harbour-1160x768.jpg&lt;/a&gt;&lt;/h2&gt;&lt;img …&gt;":
/// Drupal's file entity titles the picture with its file name, hidden from the reader; a box whose class names a
/// caption then holds nothing else. A picture's file name alone, one word, is no caption: no reader is shown it.
/// </summary>
internal static class FileNameCaption
{
    public static bool Is(string text) => !text.Contains(' ', StringComparison.Ordinal) && PictureFileName.Is(text);
}

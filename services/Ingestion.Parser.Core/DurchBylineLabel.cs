namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;a class="post-meta-author"&gt;durch Jana Köhler&lt;/a&gt;": a theme translated into German word by word prints its "by"
/// as "durch" before the writer's name, in the element its class names as the author. Only there is the word a label:
/// in running text "Durch …" opens a sentence ("Durch Regen …"), so the byline reader of lines does not know it. In a
/// marked author element, "durch" in lower case before a capital goes, and the name after it is read.
/// </summary>
internal static class DurchBylineLabel
{
    private const string Label = "durch ";

    /// <summary>The text without the opening "durch ", or the text itself when it does not open so before a capital.</summary>
    public static string Strip(string text) =>
        text.StartsWith(Label, StringComparison.Ordinal) && text.Length > Label.Length + 1 && char.IsUpper(text[Label.Length]) ? text[Label.Length..] : text;
}

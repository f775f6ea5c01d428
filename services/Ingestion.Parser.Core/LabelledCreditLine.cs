namespace Ingestion.Parser.Core;

/// <summary>
/// "A cave fish in a laboratory tank." / "Image: Fenwick University": a credit on its own line under (or over) its caption,
/// led by the picture's label. A text dump loses the label, as it does on a caption line ("Photo: ALAMY" is "ALAMY");
/// "Credit: …" is no picture label and stays as printed.
/// </summary>
internal static class LabelledCreditLine
{
    /// <summary>The caption entry of a credit line: without its picture label in a text dump, as printed otherwise.</summary>
    public static string Entry(string line, bool keepsLabels) =>
        !keepsLabels && CaptionDetector.OpensWithLabel(line) && CaptionDetector.TryRead(line) is [var credit] && credit.Length > 0
            ? credit
            : Whitespace.Collapse(line);
}

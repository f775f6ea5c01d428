namespace Ingestion.Parser.Core;

/// <summary>
/// "… than those who slept eight, the study found.Credit: Teenager asleep photo via Shutterstock": a credit that keeps
/// its "Credit:" label, glued to the caption's closing full stop. The label alone says it is a credit, so the name after
/// it needs no slash or agency (a stock-photo credit names neither); the entry keeps the label, as `t471`'s
/// "Credit: Name / Associated Press" does.
/// </summary>
internal static class GluedCreditLabel
{
    private const string Label = "Credit: ";
    private const int MaxCreditWords = 8;

    public static bool IsLabelledCredit(ReadOnlySpan<char> credit) =>
        credit.StartsWith(Label, StringComparison.Ordinal) && credit.Length > Label.Length && char.IsUpper(credit[Label.Length])
        && Words.Count(credit) <= MaxCreditWords && !Words.EndsSentence(credit);
}

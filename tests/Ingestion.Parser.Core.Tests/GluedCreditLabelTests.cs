using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class GluedCreditLabelTests
{
    [Fact]
    public void A_labelled_credit_glued_to_the_captions_full_stop_is_split_and_keeps_its_label() =>
        Assert.Equal(
            ("Teenagers who slept less than six hours had higher insulin resistance, the study found.", "Credit: Teenager asleep photo via Shutterstock"),
            GluedCaptionCredit.TrySplit("Teenagers who slept less than six hours had higher insulin resistance, the study found.Credit: Teenager asleep photo via Shutterstock"));

    [Theory]
    [InlineData("Credit: Teenager asleep photo via Shutterstock", true)]
    [InlineData("Credit: Jerome Dalton / Associated Press", true)]
    [InlineData("Credit: the committee gave him none of it for the work he did.", false)]
    [InlineData("Credit: given where it is due, and then some more after that, by many", false)]
    [InlineData("Credits: Jerome Dalton", false)]
    public void Only_a_short_capitalised_credit_after_the_label_counts(string credit, bool counts) =>
        Assert.Equal(counts, GluedCreditLabel.IsLabelledCredit(credit));
}

using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>The widening of <c>CreditOpeningCaptionBox</c>: the caption's words as bare text after the credit's block.</summary>
public class CaptionWordsAfterCreditBlockTests
{
    private static ParsedPage Parse(string firstBox, string secondBox) =>
        PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(CreditOpeningCaptionBoxTests.Page(firstBox, secondBox)), "scarves.html");

    [Fact]
    public void A_camel_cased_credit_block_over_the_captions_bare_words_is_an_entry_of_its_own_before_them()
    {
        var page = Parse(
            """<div class="caption sts"><div class="ssCredit small">(File 2019/Noel Brandt)</div>Harlow grey wool scarf, $60, at the corner shop.</div>""",
            """<div class="caption sts">Tarn green check scarf, $45, at the market.</div>""");

        Assert.Equal(["(File 2019/Noel Brandt)", "Harlow grey wool scarf, $60, at the corner shop.", "Tarn green check scarf, $45, at the market."], page.Captions);
    }

    [Fact]
    public void A_block_of_another_class_over_the_bare_words_stays_in_the_one_entry()
    {
        var page = Parse(
            """<div class="caption sts"><div class="kicker small">Winter:</div>Harlow grey wool scarf, $60, at the corner shop.</div>""",
            """<div class="caption sts">Tarn green check scarf, $45, at the market.</div>""");

        Assert.Equal(["Winter: Harlow grey wool scarf, $60, at the corner shop.", "Tarn green check scarf, $45, at the market."], page.Captions);
    }
}

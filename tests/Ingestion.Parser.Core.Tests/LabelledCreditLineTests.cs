using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class LabelledCreditLineTests
{
    [Fact]
    public void A_text_dump_drops_the_picture_label_of_a_credit_line() =>
        Assert.Equal("Fenwick University", LabelledCreditLine.Entry("Image: Fenwick University", keepsLabels: false));

    [Fact]
    public void An_html_page_keeps_the_label_as_shown() =>
        Assert.Equal("Image: Fenwick University", LabelledCreditLine.Entry("Image:  Fenwick University", keepsLabels: true).Replace("  ", " "));

    [Fact]
    public void A_credit_label_is_no_picture_label_and_stays() =>
        Assert.Equal("Credit: Kent Police", LabelledCreditLine.Entry("Credit: Kent Police", keepsLabels: false));

    [Fact]
    public void An_unlabelled_credit_is_kept_as_printed() =>
        Assert.Equal("Ledger photo by Sandra Pikes", LabelledCreditLine.Entry("Ledger photo  by Sandra Pikes", keepsLabels: false));
}

using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class SecurityIdentifierLineTests
{
    [Fact]
    public void An_instruments_securities_numbers_heading_the_text_are_no_paragraph()
    {
        var body = new List<string>
        {
            "Kupfer Future - WKN: 123456 - ISIN: DE0001234567",
            "Der Kupferpreis hat in dieser Woche zum dritten Mal an der Marke von 8000 Dollar kehrtgemacht.",
        };

        Assert.Equal([body[1]], SecurityIdentifierLine.Without(body));
    }

    [Fact]
    public void A_sentence_naming_an_isin_stays()
    {
        var body = new List<string>
        {
            "Der Fonds (ISIN: DE0001234567) hat im Mai zugelegt. Die Gebühren bleiben gleich.",
            "Der Kupferpreis hat in dieser Woche zum dritten Mal an der Marke von 8000 Dollar kehrtgemacht.",
        };

        Assert.Equal(body, SecurityIdentifierLine.Without(body));
    }

    [Fact]
    public void A_label_without_a_code_of_that_shape_is_no_header() =>
        Assert.False(SecurityIdentifierLine.Is("Kupfer Future - ISIN: folgt"));
}

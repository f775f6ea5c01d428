using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class DateLineWithSectionLabelTests
{
    [Fact]
    public void A_date_line_with_its_section_opening_the_text_is_no_paragraph()
    {
        var body = new List<string>
        {
            "Datum: 14.03.2011, Rubrik: Rohstoffe",
            "Der Kupferpreis hat in dieser Woche zum dritten Mal an der Marke von 8000 Dollar kehrtgemacht.",
        };

        Assert.Equal([body[1]], DateLineWithSectionLabel.Without(body));
    }

    [Fact]
    public void A_first_paragraph_naming_a_section_in_a_sentence_stays()
    {
        var body = new List<string>
        {
            "Seit März, Rubrik: Leserbriefe, druckt die Zeitung wieder Zuschriften.",
            "Der Kupferpreis hat in dieser Woche zum dritten Mal an der Marke von 8000 Dollar kehrtgemacht.",
        };

        Assert.Equal(body, DateLineWithSectionLabel.Without(body));
    }
}

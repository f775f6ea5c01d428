using System.Text;
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

    private const string LynxDump = """
           » Rückblick  » Abos » Analyse bestellen

        Kupfer - Dreimal an der Marke - Wochenanalyse

        Datum: 14.03.2011, Rubrik: Rohstoffe

           Kupfer – dreimal an der Marke gescheitert
           von Jana Krüger
           Montag 14.03.2011
           Rückblick: Der Kupferpreis hat in dieser Woche zum dritten Mal an der Marke von 8000 Dollar kehrtgemacht, nachdem er zuvor zwei Wochen lang gestiegen war.
           Fazit: Die nächsten Handelstage entscheiden, ob die Marke fällt oder der Preis erneut zurückweicht.
        """;

    [Fact]
    public void A_date_line_with_its_section_at_the_margin_is_no_headline()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes(LynxDump), "page.txt");

        Assert.Equal("Kupfer – dreimal an der Marke gescheitert", page.Title);
    }

    [Fact]
    public void A_margin_heading_without_the_section_label_is_the_headline_lynx_printed()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes(LynxDump.Replace("Datum: 14.03.2011, Rubrik: Rohstoffe", "Kupfer fällt zum dritten Mal zurück")), "page.txt");

        Assert.Equal("Kupfer fällt zum dritten Mal zurück", page.Title);
    }
}

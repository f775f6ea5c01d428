using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class HeadedAppealBoxTests
{
    private static string Text(string box) => $$"""
        <div id="text"><p>Der Stadtrat hat den Haushalt mit knapper Mehrheit beschlossen, die Opposition stimmte geschlossen dagegen.</p>
        <p>Die Grundsteuer steigt damit im kommenden Jahr um zwölf Prozent.</p>
        {{box}}</div>
        """;

    [Theory]
    [InlineData("""<div class="disturber"><div class="disturber__text"><h2>Unsere Recherchen leben von Spenden!</h2><p>Wir sind ein gemeinnütziges Recherchebüro. Diese Recherche wurde von unseren Leserinnen und Lesern ermöglicht. <a href="/spenden">Jetzt unterstützen!</a></p></div></div>""")]
    [InlineData("""<aside><h3>Support local reporting</h3><p>Stories like this one are paid for by readers like you.</p><p><a href="/donate">Donate now</a></p></aside>""")]
    public void An_appeal_under_its_heading_ending_in_its_button_leaves_the_text(string box)
    {
        using var document = new HtmlParser().ParseDocument("<html><body>" + Text(box) + "</body></html>");

        HeadedAppealBox.Remove(document.QuerySelector("#text")!);

        var text = document.QuerySelector("#text")!;
        Assert.Equal(2, text.QuerySelectorAll("p").Length);
        Assert.Empty(text.QuerySelectorAll("h2, h3"));
    }

    [Theory]
    // The button is no last word of the box: the paragraph goes on.
    [InlineData("""<div><h2>Spenden</h2><p>Wer helfen will, kann über <a href="/spenden">Jetzt spenden</a> Geld an die Tafel überweisen, sagte die Vorsitzende.</p></div>""")]
    // No heading of its own.
    [InlineData("""<div><p>Die Tafel bittet weiter um Hilfe. <a href="/spenden">Jetzt spenden!</a></p></div>""")]
    // A link to another story, no button.
    [InlineData("""<div><h2>Mehr zum Thema</h2><p>Der Haushalt im Überblick: <a href="/haushalt">Was sich 2020 ändert</a></p></div>""")]
    public void A_box_not_ending_in_a_button_or_without_heading_stays(string box)
    {
        using var document = new HtmlParser().ParseDocument("<html><body>" + Text(box) + "</body></html>");

        HeadedAppealBox.Remove(document.QuerySelector("#text")!);

        Assert.Equal(3, document.QuerySelector("#text")!.Children.Length);
    }

    [Fact]
    public void A_page_builders_appeal_whose_heading_opens_it_under_wrapper_divs_leaves_the_text()
    {
        using var document = new HtmlParser().ParseDocument("<html><body>" + Text("""
            <div class="ad-slot"><section class="elementor-section"><div class="elementor-container"><div class="elementor-column"><div class="elementor-widget-wrap">
            <div class="elementor-widget elementor-widget-html"><div class="elementor-widget-container"><h3>Ihre Spende <span>für den Lokaljournalismus.</span></h3></div></div>
            <div class="elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">Dieser Bericht wird von Spenden unserer Leserinnen und Leser finanziert. Helfen Sie mit.</div></div>
            <div class="elementor-section elementor-inner-section"><div class="elementor-container"><div class="elementor-column"><div class="elementor-widget-wrap">
            <div class="elementor-widget elementor-widget-button"><div class="elementor-widget-container"><div class="elementor-button-wrapper">
            <a href="/spenden" class="elementor-button"><span class="elementor-button-text">Jetzt spenden</span></a></div></div></div></div></div></div></div>
            </div></div></div></section></div>
            """) + "</body></html>");

        HeadedAppealBox.Remove(document.QuerySelector("#text")!);

        var text = document.QuerySelector("#text")!;
        Assert.Equal(2, text.QuerySelectorAll("p").Length);
        Assert.Empty(text.QuerySelectorAll("h3"));
    }

    [Fact]
    public void A_wrapped_box_with_words_before_its_heading_stays()
    {
        using var document = new HtmlParser().ParseDocument("<html><body>" + Text("""
            <div class="box"><div class="inner">Die Tafel in der Altstadt bittet weiter um Hilfe.<div><h3>Spenden</h3></div><div><div><div><div><div><a href="/spenden">Jetzt spenden</a></div></div></div></div></div></div></div>
            """) + "</body></html>");

        HeadedAppealBox.Remove(document.QuerySelector("#text")!);

        Assert.Equal(3, document.QuerySelector("#text")!.Children.Length);
    }
}

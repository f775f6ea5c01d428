using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ClosingHeadlineRailTests
{
    private static PageLines Lines(params string[] texts) => new([.. texts.Select(line => new TextLine(0, line))]);

    [Fact]
    public void A_closing_rail_of_headlines_is_claimed()
    {
        var lines = Lines("The library is at 12 Church St.", "", "Around Town", "Fall Festival set for Oct. 12 on the green", "Pine Falls road work wraps up", "");
        Assert.Equal(4, ClosingHeadlineRail.End(lines, 2, lines.Count));
    }

    [Fact]
    public void A_rail_over_another_rails_heading_is_claimed()
    {
        var lines = Lines("The library is at 12 Church St.", "", "Around Town", "Fall Festival set for Oct. 12 on the green", "Pine Falls road work wraps up", "",
            "Most Popular", "", "Council approves budget for road repairs", "");
        Assert.Equal(4, ClosingHeadlineRail.End(lines, 2, lines.Count));
    }

    [Fact]
    public void A_crosshead_over_more_text_is_no_rail()
    {
        var lines = Lines("Around Town", "Fall Festival set for Oct. 12 on the green", "Pine Falls road work wraps up", "", "The festival will open at noon with a parade down Main Street, organizers said.");
        Assert.Equal(-1, ClosingHeadlineRail.End(lines, 0, lines.Count));
    }

    [Fact]
    public void A_prose_line_is_turned_down() =>
        Assert.Equal(-1, ClosingHeadlineRail.End(Lines("The board reversed itself on Monday.", "Fall Festival set for Oct. 12 on the green", "Pine Falls road work wraps up"), 0, 3));

    [Fact]
    public void A_tag_label_in_capitals_heads_tags_no_rail()
    {
        var lines = Lines("MORE ABOUT", "Harlan County Board Of Supervisors", "Harlan County Jail", "");
        Assert.Equal(-1, ClosingHeadlineRail.End(lines, 0, lines.Count));
        var rail = Lines("MORE NEWS", "Harlan County Board approves jail contract", "Harlan County Jail hits record", "");
        Assert.Equal(2, ClosingHeadlineRail.End(rail, 0, rail.Count));
    }

    [Fact]
    public void An_ad_label_run_on_into_the_tag_line_and_share_row_heads_no_rail()
    {
        var lines = Lines("Der Förderverein hat mehr als 1.400 Unterschriften gesammelt.", "Anzeige", "Schlagworte: Freibad, Stadtrat, Sanierung",
            "Artikel teilen: Facebook Twitter WhatsApp", "Mehr zum Thema", "Stadtrat beschließt Haushalt 2014");
        Assert.Equal(-1, ClosingHeadlineRail.End(lines, 1, lines.Count));
    }

    [Fact]
    public void A_labelled_tag_line_is_no_headline_of_the_rail()
    {
        var lines = Lines("The library is at 12 Church St.", "", "Around Town", "Tags: Fall Festival, Pine Falls, road work", "Pine Falls road work wraps up", "");
        Assert.Equal(-1, ClosingHeadlineRail.End(lines, 2, lines.Count));
    }

    [Fact]
    public void The_last_tag_over_a_rails_own_heading_heads_no_rail()
    {
        var lines = Lines("Ämnen i artikeln", "Västerås", "Bedrägerier", "Polisen", "Mer från Nyheter", "Tre skadade när buss körde av vägen vid Enköping",
            "Rekordmånga söker till polisutbildningen", "");
        Assert.Equal(-1, ClosingHeadlineRail.End(lines, 3, lines.Count));
    }
}

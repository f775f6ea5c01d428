using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>A mega menu's featured stories, printed by lynx inside a section's bullet with the menu going on under them, are no text (LineInsideOngoingList).</summary>
public class LineInsideOngoingListTests
{
    [Fact]
    public void A_featured_story_inside_a_menu_section_is_no_text_and_the_headline_under_the_menu_is_the_title()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
                 * News
                      + Storms and floods
                      + War in the north
                   All sections
                      + Global issues
                      + Economy
                 * World
                      + World
                      + Europe
                      + Africa
                   Screenshot from the Screenshot from the World
                   Subscribers only
                   Harbour towns want visitors to stop confusing them with the capital
                   Ferry passengers wait on the north pier as the storm closes the crossing on November 1, 2023. Ferry passengers wait on the north pier as the storm closes the crossing on November 1, 2023. World
                   Subscribers only
                   At the north pier, 'people were pushing to get aboard'
                 * Environment
                      + Environment
                      + Climate
                   Environment
                   Storm Ciara: the coast expects heavy rain and winds up to 170 km/h
                   A man walks on the beach at the old harbour as the storm approaches, November 1, 2023. A man walks on the beach at the old harbour as the storm approaches, November 1, 2023.
                   Environment
                   Video: the storm hits the coast

                 * Economy
                 * Harbours

            Harbour board approves new ferry timetable for the winter

               The vote reached Tuesday after a year of argument over the crossing, which set the town's ferry crews against the council, settles how often the ferry sails in the dark months. The last Sunday sailing is the only one dropped

               Harbour Gazette with AFP

               Published on October 29, 2023, at 4:28 am (Paris)

               The harbour board approved the winter timetable on Tuesday, ending a year of argument over how often the ferry should cross in the dark months.

               The new timetable adds two crossings on weekday mornings and drops the last sailing on Sundays, the board said in a statement.
            """), "timetable.txt");

        Assert.Equal("Harbour board approves new ferry timetable for the winter", page.Title);
        Assert.DoesNotContain(page.BodyParagraphs, paragraph => paragraph.StartsWith("Ferry passengers wait", StringComparison.Ordinal));
        Assert.DoesNotContain("Environment", page.BodyParagraphs);
        Assert.StartsWith("The vote reached Tuesday", page.BodyParagraphs[0]);
    }
}

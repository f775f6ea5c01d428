using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class BylineParserTests
{
    [Theory]
    [InlineData("By WNN's Dana Rourke", "Dana Rourke")]
    [InlineData("By WNN Political Producer Dana Rourke", "Dana Rourke")]
    [InlineData("By Senior Editor Mary Ann Lowe", "Mary Ann Lowe")]
    [InlineData("By Dana Rourke, reporting from Capitol Hill", "Dana Rourke")]
    [InlineData("BY ELISE LABOTT, REPORTING FROM THE UNITED NATIONS", "ELISE LABOTT")]
    public void An_outlet_or_title_before_the_name_is_no_part_of_it(string byline, string name)
    {
        Assert.Equal([name], BylineParser.TryRead(byline));
    }

    [Fact]
    public void A_second_name_in_capitals_after_the_comma_is_still_a_writer() =>
        Assert.Equal(["ANJA FELDT", "RORY MCALLISTER"], BylineParser.TryRead("BY ANJA FELDT, RORY MCALLISTER"));

    [Theory]
    [InlineData("By Rupert Fane World Last updated: September 24th, 2013", "Rupert Fane")]
    [InlineData("By Rupert Fane Politics Last", "Rupert Fane")]
    [InlineData("By Mary Ann Lowe Last updated: September 24th, 2013", "Mary Ann Lowe")]
    public void A_blog_section_before_last_updated_is_no_part_of_the_name(string byline, string name) => Assert.Equal([name], BylineParser.TryRead(byline));

    [Theory]
    [InlineData("By Wanjiru Kamau, Daily Sentinel", "Wanjiru Kamau")]
    [InlineData("By Tendai Moyo, The Chronicle", "Tendai Moyo")]
    public void A_papers_name_after_the_comma_is_no_writer(string byline, string name)
    {
        Assert.Equal([name], BylineParser.TryRead(byline));
    }

    [Theory]
    [InlineData("By Sophie Marchand, for GNN", "Sophie Marchand")]
    [InlineData("By Sophie Marchand for GNN", "Sophie Marchand")]
    [InlineData("By TOM HARLOW, FOR MAILONLINE", "TOM HARLOW")]
    public void The_site_written_for_after_a_comma_is_no_writer(string byline, string name) => Assert.Equal([name], BylineParser.TryRead(byline));

    [Fact]
    public void A_for_line_that_is_no_byline_names_nobody() => Assert.Null(BylineParser.TryRead("Thanks for reading"));

    [Theory]
    [InlineData("By NATHAN ELBAZ, NEW YORK", "NATHAN ELBAZ")]
    [InlineData("By Dana Rourke, San Francisco", "Dana Rourke")]
    public void A_place_of_two_words_after_the_comma_is_no_writer(string byline, string name) => Assert.Equal([name], BylineParser.TryRead(byline));

    [Theory]
    [InlineData("By Mary Ann Lowe", "Mary Ann Lowe")]
    [InlineData("By Jean-Luc de la Tour", "Jean-Luc de la Tour")]
    public void A_name_of_three_words_or_more_stays_whole(string byline, string name)
    {
        Assert.Equal([name], BylineParser.TryRead(byline));
    }

    [Theory]
    [InlineData("Par Anne-Sophie Rivière (Lyon, correspondante)", "Anne-Sophie Rivière")]
    [InlineData("Por Elena Ruiz (Bruselas, corresponsal)", "Elena Ruiz")]
    [InlineData("By Dana Whitcomb (Denver, staff writer)", "Dana Whitcomb")]
    public void A_place_and_a_role_in_brackets_after_the_name_are_no_part_of_it(string byline, string name) => Assert.Equal([name], BylineParser.TryRead(byline));

    [Theory]
    [InlineData("Door: Sanne Verhoeven", "Sanne Verhoeven")]
    [InlineData("Von: Jana Kraus", "Jana Kraus")]
    [InlineData("Par : Claire Vasseur", "Claire Vasseur")]
    public void A_byline_word_with_a_colon_is_no_part_of_the_name(string byline, string name) => Assert.Equal([name], BylineParser.TryRead(byline));

    [Fact]
    public void The_place_each_writer_filed_from_is_no_part_of_the_name()
    {
        Assert.Equal(["Rowena Castle", "Toby Marchant"], BylineParser.TryRead("By Rowena Castle in Kiev and Toby Marchant in Brussels"));
        Assert.Equal(["Rowena Castle", "Toby Marchant"], BylineParser.TryReadBareNames("Rowena Castle in Kiev and Toby Marchant in Brussels"));
        Assert.Equal(["Rowena Castle"], BylineParser.TryRead("By Rowena Castle in New York City"));
        Assert.Equal(["Maya Castellanos"], BylineParser.ReadNames("Maya Castellanos in Sacramento"));
    }

    [Theory]
    [InlineData("Rowena Castle in the Morning and Toby Marchant")]
    [InlineData("Protesters in Kiev and Police in Brussels")]
    [InlineData("Follow: Airline Fees, Baggage Fees, Spirit Airlines")]
    public void A_lowercase_place_or_no_name_before_in_makes_no_writers(string line) => Assert.Null(BylineParser.TryReadBareNames(line));

    [Theory]
    [InlineData("By Ffion RhysPolitical reporter, WBC Wales", "Ffion Rhys")]
    [InlineData("By Karen OlsenAssociated Press – 4 hours ago", "Karen Olsen")]
    [InlineData("By Callum MacLeod, Transport reporter", "Callum MacLeod")]
    [InlineData("By DeShawn McKenzie, Staff Writer", "DeShawn McKenzie")]
    [InlineData("By Mary VanderMolen, staff writer", "Mary VanderMolen")]
    [InlineData("By Gina DelVecchio, Associated Press", "Gina DelVecchio")]
    [InlineData("By EDITH MARLOWE Associated Press", "EDITH MARLOWE")]
    [InlineData("By Karen Olsen Agence France-Presse", "Karen Olsen")]
    [InlineData("By Megan Tolliver Sentinel Staff Writer", "Megan Tolliver")]
    [InlineData("By Doug Maddox Ledger Sports Writer", "Doug Maddox")]
    [InlineData("By Mary Ann Ruiz Staff Writer", "Mary Ann Ruiz")]
    public void A_job_title_or_agency_run_into_the_name_is_no_part_of_it(string byline, string name)
    {
        Assert.Equal([name], BylineParser.TryRead(byline));
    }

    [Theory]
    [InlineData("By Ffion RhysPolitical reporter, WBC Wales", "Ffion Rhys")]
    [InlineData("Callum MacLeod Transport reporter", "Callum MacLeod")]
    [InlineData("Rachel Obi Consumer affairs correspondent", "Rachel Obi")]
    [InlineData("Mary Ann Ruiz staff writer", "Mary Ann Ruiz")]
    [InlineData("Mary Ann Ruiz Senior political reporter", "Mary Ann Ruiz")]
    [InlineData("Brendan Garrity Foreign Affairs Reporter", "Brendan Garrity")]
    public void A_name_before_its_job_title_is_read_without_by(string line, string name)
    {
        Assert.Equal(name, BylineParser.TryReadNameBeforeRole(line));
    }

    [Theory]
    [InlineData("LETTERS TO THE EDITOR")]
    [InlineData("Meet Our Staff Writers")]
    public void A_heading_ending_in_a_role_names_nobody(string heading)
    {
        Assert.Null(BylineParser.TryReadNameBeforeRole(heading));
    }

    [Fact]
    public void The_programme_a_story_came_through_is_no_name()
    {
        Assert.Equal(["LAUREL FINCH", "DEREK HOLT"], BylineParser.TryRead("By LAUREL FINCH and DEREK HOLT via GOOD MORNING AMERICA"));
    }

    [Fact]
    public void Handles_after_each_name_are_no_names()
    {
        Assert.Equal(["LAUREL FINCH", "DEREK HOLT"], BylineParser.TryRead("By LAUREL FINCH (@laurelfinchABN) and DEREK HOLT (@derekholtABN), ABN News"));
    }

    [Theory]
    [InlineData("By")]
    [InlineData("Von")]
    public void A_byline_label_alone_names_nobody(string label)
    {
        Assert.Null(BylineParser.ReadNames(label));
    }

    [Theory]
    [InlineData("Special to Prep Zone 419", true)]
    [InlineData("Senior NFL Writer", true)]
    [InlineData("Riverside rolls past Eastbrook", false)]
    [InlineData("Letters Editor", true)]
    [InlineData("Letters to the editor for Thursday", false)]
    [InlineData("Letter to the Editor", false)]
    public void A_role_line_under_the_byline_is_known(string line, bool role) => Assert.Equal(role, BylineParser.IsRole(line));

    [Theory]
    [InlineData("By Charmaine Teo Transport Correspondent", "Charmaine Teo")]
    [InlineData("Reporter: Dewi Anggraini", "Dewi Anggraini")]
    [InlineData("Writer: Anucha Charoenpo", "Anucha Charoenpo")]
    public void A_job_title_after_the_name_or_a_role_label_before_it_is_no_part_of_it(string byline, string name)
    {
        Assert.Equal([name], BylineParser.TryRead(byline));
    }

    [Theory]
    [InlineData("Olivia Chan and Kenneth Lau", new[] { "Olivia Chan", "Kenneth Lau" })]
    [InlineData("Lindiwe Mokoena, Pieter van Wyk", new[] { "Lindiwe Mokoena", "Pieter van Wyk" })]
    public void Names_without_by_are_read_when_every_piece_is_a_name(string line, string[] names)
    {
        Assert.Equal(names, BylineParser.TryReadBareNames(line));
    }

    [Theory]
    [InlineData("Senate Rejects House Bill, Shutdown Now Hours Away")]
    [InlineData("Olivia Chan")]
    [InlineData("Culture & Arts")]
    public void Headlines_and_single_names_are_no_list_of_names(string line)
    {
        Assert.Null(BylineParser.TryReadBareNames(line));
    }

    [Fact]
    public void The_paper_after_both_names_is_no_part_of_the_last() =>
        Assert.Equal(["Ben Iwasaki", "Carla Stroud"], BylineParser.TryRead("By Ben Iwasaki and Carla Stroud of the Ledger"));

    [Fact]
    public void A_news_services_name_after_the_comma_is_the_writers_affiliation() =>
        Assert.Equal(["Daniel Whitaker"], BylineParser.TryRead("By Daniel Whitaker, Capitol Wire"));

    [Theory]
    [InlineData("posted yesterday by Dana Okafor (@danaokafor)", "Dana Okafor")]
    [InlineData("Posted 3 hours ago by Marcus Hale", "Marcus Hale")]
    public void A_relative_posted_label_opens_a_byline(string byline, string name) => Assert.Equal([name], BylineParser.TryRead(byline));

    [Fact]
    public void A_sentence_opening_with_posted_is_no_byline() => Assert.Null(BylineParser.TryRead("Posted signs by the road warned drivers."));

    [Fact]
    public void A_handle_glued_to_the_name_ends_it_with_whatever_is_glued_after() =>
        Assert.Equal(["Simon Achterberg"], BylineParser.TryRead("By Simon Achterberg@sachterbergSept. 27, 20137 Comments"));

    [Theory]
    [InlineData("Posted by ANN Congressional Producer Ted Barrow", "Ted Barrow")]
    [InlineData("By Senior White House Correspondent Jessica Yellin", "Jessica Yellin")]
    public void A_job_title_before_the_name_is_no_part_of_it(string byline, string name) => Assert.Equal([name], BylineParser.TryRead(byline));

    [Theory]
    [InlineData("door Joost van Rijckevorsel en Marike Stellinga", "Joost van Rijckevorsel", "Marike Stellinga")]
    [InlineData("di Francesca Lombardini e Marco Ferri", "Francesca Lombardini", "Marco Ferri")]
    public void Dutch_and_Italian_bylines_join_two_writers(string byline, string first, string second) =>
        Assert.Equal([first, second], BylineParser.TryRead(byline));

    [Fact]
    public void A_reviews_byline_names_the_critic() => Assert.Equal(["Lena Marsh"], BylineParser.TryRead("Reviewed by Lena Marsh"));

    [Fact]
    public void A_compilers_byline_names_the_compiler() =>
        Assert.Equal(["Denise Farrow"], BylineParser.TryRead("Compiled by Denise Farrow | Courier staff"));

    [Fact]
    public void A_sentence_opening_compiled_by_is_no_byline() =>
        Assert.Null(BylineParser.TryRead("Compiled by the county clerk each spring, the list shows every unpaid tax bill in the county."));

    [Fact]
    public void A_review_sentence_is_no_byline() =>
        Assert.Null(BylineParser.TryRead("Reviewed by the city council last spring, the plan was approved after a long debate over its cost."));

    [Fact]
    public void A_qa_byline_names_the_interviewer() => Assert.Equal(["Miles Aberdeen"], BylineParser.TryRead("Interview by Miles Aberdeen"));

    [Fact]
    public void A_sentence_opening_interviewed_by_is_no_byline() =>
        Assert.Null(BylineParser.TryRead("Interviewed by the police twice last week, the driver said he had not seen the cyclist at all."));

    [Theory]
    [InlineData("Szerző: Kovács Eszter", "Kovács Eszter")]
    [InlineData("Piše: Ivana Matić", "Ivana Matić")]
    [InlineData("Teksti: Jussi Lehtonen", "Jussi Lehtonen")]
    [InlineData("de Andreea Stănescu", "Andreea Stănescu")]
    public void Hungarian_croatian_finnish_and_romanian_labels_name_the_writer(string byline, string name) =>
        Assert.Equal([name], BylineParser.TryRead(byline));

    [Theory]
    [InlineData("De acuerdo con el ministerio, las obras comenzarán en la primavera del próximo año.")]
    [InlineData("de la Redacción")]
    public void A_line_opening_with_de_that_names_nobody_is_no_byline(string line) =>
        Assert.Null(BylineParser.TryRead(line));

    [Theory]
    [InlineData("Article by: JEROME HASKINS, Sentinel staff writer", "JEROME HASKINS")]
    [InlineData("Article by Dana Reyes", "Dana Reyes")]
    public void An_article_by_label_opens_a_byline(string byline, string name) => Assert.Equal([name], BylineParser.TryRead(byline));

    [Fact]
    public void A_sentence_about_an_article_is_no_byline() =>
        Assert.Empty(BylineParser.TryRead("Article by article, the council rewrote the charter over two years.") ?? []);

    [Theory]
    [InlineData("geschrieben von Meike Brandt", "Meike Brandt")]
    [InlineData("Écrit par Claire Ménard", "Claire Ménard")]
    public void A_german_or_french_written_by_label_opens_a_byline(string byline, string name) => Assert.Equal([name], BylineParser.TryRead(byline));

    [Theory]
    [InlineData("Rechtsanwalt Jan Brandt", "Jan Brandt")]
    [InlineData("Fachanwältin Eva Roth", "Eva Roth")]
    [InlineData("Redakteurin Meike Brandt", "Meike Brandt")]
    [InlineData("Jan Brandt", "Jan Brandt")]
    [InlineData("Rechtsanwalt", "Rechtsanwalt")]
    public void A_german_job_title_before_a_structured_data_name_is_dropped(string name, string writer) => Assert.Equal(writer, BylineParser.WithoutRoleBeforeName(name));

    [Fact]
    public void A_law_blogs_author_in_json_ld_loses_the_lawyers_title()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes("""
            <html lang="de"><head><title>LG Nordstadt: Gartenzaun</title>
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"LG Nordstadt: Gartenzaun","datePublished":"2012-05-03T07:10:00+00:00","author":{"@id":"https://recht.example/author/jan/#author"}},{"@type":"Person","@id":"https://recht.example/author/jan/#author","name":"Rechtsanwalt Jan Brandt"}]}</script>
            </head><body><h1>LG Nordstadt: Gartenzaun</h1><p>Die Nachbarin kann nicht verlangen, dass der Zaun zwischen den beiden Gärten fällt, weil sie ihm selbst zugestimmt hat.</p></body></html>
            """), "page.html");

        Assert.Equal(["Jan Brandt"], page.Authors);
    }

    [Theory]
    [InlineData("Dana Reyes, Developer Advocate for Sensors", new[] { "Dana Reyes" })]
    [InlineData("Lars Olsen, Product Designer", new[] { "Lars Olsen" })]
    [InlineData("Dana Reyes, Lars Olsen", new[] { "Dana Reyes", "Lars Olsen" })]
    public void A_job_title_after_the_writers_comma_is_no_second_writer(string byline, string[] writers) =>
        Assert.Equal(writers, BylineParser.ReadNames(byline));

    [Theory]
    [InlineData("Gespeichert von", "am 3. Mai 2016 - 09:40", "2016-05-03T09:40:00")]
    [InlineData("Submitted by", "on 3 May 2016 - 09:40", "2016-05-03T09:40:00")]
    public void A_drupal_node_line_in_its_translation_names_the_poster_and_the_time(string label, string on, string time)
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes($"""
            <html><head><meta name="Generator" content="Drupal 7 (http://drupal.org)" /><title>Bus timetable sprint at the harbour | harbourcommons</title></head><body>
            <div id="content"><h1 class="title" id="page-title">Bus timetable sprint at the harbour</h1>
            <div id="node-88" class="node node-article node-promoted clearfix"><div class="content"><div class="field field-name-body"><div class="field-item even">
            <p>The timetable app we built last winter is now used on every ferry of the bay, and the number of riders who plan with it rose threefold this spring.</p>
            <p>At the sprint we will port it to the buses, and anyone who wants to help is welcome to join the two days of coding by the water.</p>
            </div></div></div>
            <div class="submitted">
              {label} <span class="username">rhalder</span> {on}    </div></div></div>
            </body></html>
            """), "node.html");

        Assert.Equal(["rhalder"], page.Authors);
        Assert.Equal(time, page.PublishedAt);
        Assert.Equal(2, page.BodyParagraphs.Count);
    }

    // "von Autor: Name": the theme's label and the field's own, both printed before the name.
    [Theory]
    [InlineData("von Autor: Jana Krüger", "Jana Krüger")]
    [InlineData("By Author: Ines Valk", "Ines Valk")]
    // A second "by" without its colon is a word of the line, left to the names' own reading.
    [InlineData("By Ines Valk", "Ines Valk")]
    public void A_second_label_with_its_colon_after_the_first_is_no_part_of_the_name(string byline, string name) =>
        Assert.Equal([name], BylineParser.TryRead(byline));
}

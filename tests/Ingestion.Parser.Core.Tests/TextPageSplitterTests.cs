using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class TextPageSplitterTests
{
    private const string Article = """
        The Daily Example
        Council approves new bridge after long debate
        By Jane Doe and John Roe
        Published March 3, 2014 at 9:15 am EST

        The council voted 7-2 on Monday to approve a new pedestrian bridge over the river, ending two years of debate.

        Advertisement

        Work is expected to begin in the spring and take about eighteen months, officials said at the meeting.

        """;

    /// <summary>The body paragraphs of <see cref="Article"/>.</summary>
    private static readonly string[] ArticleBody =
    [
        "The council voted 7-2 on Monday to approve a new pedestrian bridge over the river, ending two years of debate.",
        "Work is expected to begin in the spring and take about eighteen months, officials said at the meeting.",
    ];

    [Fact]
    public void A_blog_entry_footer_joined_by_hyphens_declares_the_count_a_bare_heading_leaves_out()
    {
        var page = Parse(Article + """
            Publié par lucie-en-campagne à 15:10 - Conseil municipal - Commentaires [2] - Permalien [#]

            Commentaires

            Merci pour ce compte rendu, je n'avais pas pu venir.
            Posté par Odile, mardi 12 mars 2013 à 17:23 | #
            Unanimité, vraiment ? Ça change du conseil de décembre !
            Posté par Marc D., mercredi 13 mars 2013 à 08:12 | #

            """);

        Assert.Equal(2, page.DeclaredCommentCount);
        Assert.Equal(["Odile", "Marc D."], page.Comments.Select(comment => comment.Author));
    }

    [Fact]
    public void The_last_item_of_a_menu_over_the_date_names_no_writer()
    {
        var page = Parse("""
            bitfeld online

              • Security
              • Netze
              • Open Source

            12.03.2013 14:05

            Router-Hersteller schließt Hintertür in DSL-Modems

            Der Netzwerkausrüster Kornet hat für sieben Modelle seiner DSL-Router eine neue Firmware bereitgestellt, die einen Dienst entfernt.

            Entdeckt hatte die Lücke ein Sicherheitsforscher, der seine Analyse Ende Februar in seinem Blog veröffentlicht hatte.
            """);

        Assert.Empty(page.Authors);
        Assert.Equal("Router-Hersteller schließt Hintertür in DSL-Modems", page.Title);
    }

    [Fact]
    public void A_guest_books_teaser_with_a_link_to_all_its_entries_is_no_thread()
    {
        var page = Parse(Article + """
            Guest Book
            View All 14 Entries
            Sign the Guest Book

            "Mrs. Hollis was my second grade teacher in 1968. She let me stay in at recess to read when the other kids..."
            - Raymond Sizemore, Cincinnati, OH
            September 17, 2013

            "Our prayers are with the Hollis family. Margaret was a light at First Baptist for as long as I can..."
            - Carolyn and Jim Ball
            September 16, 2013

            """);

        Assert.Empty(page.Comments);
    }

    [Fact]
    public void A_numbered_commenter_over_a_text_of_emoji_is_no_talkback_subject_over_its_signer()
    {
        var page = Parse(Article + """
            soundoff (2 Responses)
              1. T. Brandvold
                That is when the first boat leaves, and it is full of nurses and teachers every single day.
                October 3, 2013 at 8:02 pm | Reply
              2. captain_obvious
                👍👍
                October 3, 2013 at 8:20 pm | Reply
            """);

        Assert.Equal(["T. Brandvold", "captain_obvious"], page.Comments.Select(comment => comment.Author));
    }

    [Fact]
    public void Wordpress_replies_nest_under_their_parent()
    {
        var page = Parse(Article + """
            3 Responses to “Council approves new bridge”

                Ann Smith says:
                March 3, 2014 at 10:02 am

                Finally. This should have happened years ago.

                Reply
                    Bob Jones says:
                    March 3, 2014 at 11:40 am

                    It is too expensive.

                    Reply
                Carl White says:
                March 4, 2014 at 8:00 am

                Good news for the east side.

                Reply

            Leave a Reply
            Your email address will not be published.
            """);

        Assert.Equal(3, page.DeclaredCommentCount);
        Assert.Equal(["Ann Smith", "Bob Jones", "Carl White"], page.Comments.Select(comment => comment.Author));
        Assert.Equal([null, 1, null], page.Comments.Select(comment => comment.Parent));
        Assert.Equal("2014-03-03T11:40:00", page.Comments[1].PostedAt);
        Assert.Empty(page.Warnings);
    }

    [Fact]
    public void A_section_name_over_the_headline_that_a_text_browser_lists_in_the_menu_is_no_title()
    {
        var page = Parse("""
               The Ashby Ledger

               (BUTTON) Menu
                 * News
                 * Local News
                 * Sports

               Local News

            Ferry operator cuts winter crossings to Pell Island after second engine failure

               By Marisol Ueda November 3, 2016 at 6:45 am

               The only car ferry serving Pell Island will run three round trips a day instead of six from next Monday, its operator said.

               Sound Line Marine said the reduced timetable would stay in place until a replacement engine arrives from Nova Scotia.
            """);

        Assert.Equal("Ferry operator cuts winter crossings to Pell Island after second engine failure", page.Title);
        Assert.Equal(["Marisol Ueda"], page.Authors);
    }

    [Fact]
    public void A_badge_or_a_description_between_a_commenters_name_and_time_is_neither_author_nor_text()
    {
        var page = Parse(Article + """
            3 Comments
            Jack Brennan
            logged in via Facebook
            4 hours ago
            The newer trams have air conditioning and never break down in the heat.
            Report
            Tom Hollis
            Retired electrical engineer
            3 hours ago
            In reply to Jack Brennan
            The newer trams are too heavy for some of the older track.
            Report
            Jane Doe
            Author
            2 hours ago
            In reply to Tom Hollis
            That's right, Tom. Track strengthening is part of the cost.
            Report
            Load more comments
            """);

        Assert.Equal(["Jack Brennan", "Tom Hollis", "Jane Doe"], page.Comments.Select(comment => comment.Author));
        Assert.Equal([null, 1, 2], page.Comments.Select(comment => comment.Parent));
        Assert.All(page.Comments, comment => Assert.Single(comment.Paragraphs));
    }

    [Fact]
    public void A_badge_or_a_description_in_capitals_under_a_mixed_case_name_is_neither_author_nor_text()
    {
        var page = Parse(Article + """
            3 Comments
            Jack Brennan
            LOGGED IN VIA FACEBOOK
            4 hours ago
            The newer trams have air conditioning and never break down in the heat.
            Report
            Tom Hollis
            RETIRED ELECTRICAL ENGINEER
            3 hours ago
            In reply to Jack Brennan
            The newer trams are too heavy for some of the older track.
            Report
            Jane Doe
            AUTHOR
            2 hours ago
            In reply to Tom Hollis
            That's right, Tom. Track strengthening is part of the cost.
            Report
            Load more comments
            """);

        Assert.Equal(["Jack Brennan", "Tom Hollis", "Jane Doe"], page.Comments.Select(comment => comment.Author));
        Assert.Equal([null, 1, 2], page.Comments.Select(comment => comment.Parent));
    }

    [Fact]
    public void A_sentence_alone_under_a_credit_is_its_caption_but_under_a_slide_title_and_credit_it_is_text()
    {
        var page = Parse("""
            Gulf Ledger

            Home > UAE > Transport

            New feeder bus to link Al Nahda with Metro stations

            Published: 20:15 November 20, 2013

            By Sana Qureshi, Staff Reporter

            Image Credit: Ahmed Ramzan/Gulf Ledger
            Commuters wait for a feeder bus at the Stadium Metro Station in Dubai.

            Dubai: Residents of Al Nahda will be able to take a new feeder bus to the Stadium Metro Station from Sunday, the authority said.

            1 of 2
            Darnell Fitch, WR, Stallions
            Rob Tringali/Getty Images
            Fitch led the Stallions with eight catches for 96 yards on Sunday, and the quarterback looks for him on every third down.

            """);

        Assert.Equal("New feeder bus to link Al Nahda with Metro stations", page.Title);
        Assert.Equal(["Ahmed Ramzan/Gulf Ledger", "Commuters wait for a feeder bus at the Stadium Metro Station in Dubai.", "Rob Tringali/Getty Images"], page.Captions);
        Assert.Contains("Fitch led the Stallions with eight catches for 96 yards on Sunday, and the quarterback looks for him on every third down.", page.BodyParagraphs);
    }

    [Fact]
    public void A_handle_under_a_glued_button_row_is_the_author_not_a_town()
    {
        var page = Parse(Article + """
            2 Comments

            Deb in Dayton
            1 year ago

            We did not accept higher prices, we have to eat.

            RespectReplyShareReport
            MarkupMatt
            In reply to Deb in Dayton
            1 year ago

            Nobody said you chose it.

            RespectReplyShareReport
            """);

        Assert.Equal(["Deb in Dayton", "MarkupMatt"], page.Comments.Select(comment => comment.Author));
    }

    [Theory]
    [InlineData("Callum MacLeod Transport reporter\nPublished 08:15 Wednesday 03 January 2018", "Callum MacLeod")]
    [InlineData("by Theo Marchetti\n\nPosted on June 14, 2022 at 9:45 AM\n\nShare this on Facebook", "Theo Marchetti")]
    public void A_picture_line_under_the_byline_and_date_is_no_title(string byline, string author)
    {
        var page = Parse($"""
            Highland Courier News

            Ferry operator cancels winter timetable after engine failure

            {byline}

            The MV Loch Seaforth in Ullapool harbour at dawn

            Islanders face weeks of disruption after the operator suspended its winter timetable when an engine failed.

            """);

        Assert.Equal("Ferry operator cancels winter timetable after engine failure", page.Title);
        Assert.Equal([author], page.Authors);
    }

    // w3m sets the credit in brackets apart from its caption by a blank line.
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_pictures_alt_text_over_its_caption_is_no_title_and_highlights_under_a_heading_are_no_captions(bool blankOverCredit)
    {
        var page = Parse($$"""
            Heartland Today

            Grain elevators brace for record harvest as rail cars run short

               Kelly Brandt, Heartland Today 8:14 p.m. EDT March 12, 2014

            Story Highlights

                 * Some elevators have waited a month for rail cars ordered in January
                 * Railroads blame the winter and crude oil shipments

               Corn piled on the ground

               Corn is piled outside the Marston Cooperative elevator in Marston, Neb., on March 11, 2014.{{(blankOverCredit ? "\n" : "")}}
               (Photo: Rachel Ostrander, Heartland Today)

               DES MOINES — Grain elevators across Iowa and Nebraska are piling corn on the ground for the first time in a decade.

            """);

        Assert.Equal("Grain elevators brace for record harvest as rail cars run short", page.Title);
        Assert.Equal(["Kelly Brandt"], page.Authors);
        Assert.Equal(["Corn is piled outside the Marston Cooperative elevator in Marston, Neb., on March 11, 2014.", "(Photo: Rachel Ostrander, Heartland Today)"], page.Captions);
        Assert.Equal(["DES MOINES — Grain elevators across Iowa and Nebraska are piling corn on the ground for the first time in a decade."], page.BodyParagraphs);
    }

    [Fact]
    public void An_author_box_under_the_text_names_the_writer_of_a_page_without_a_byline()
    {
        var page = Parse("""
            Why the city's new zoning map matters for renters

            The city council will vote next month on the first full rewrite of the zoning map since 1987, officials said.

            The draft map allows small apartment buildings of up to six units on about 40 percent of the lots in the city.

            Elena Marchetti

            Elena Marchetti

            Elena writes about housing policy and city budgets.

            Tags: housing, zoning, renters
            """);

        Assert.Equal(["Elena Marchetti"], page.Authors);
        Assert.Equal(2, page.BodyParagraphs.Count);
        Assert.Equal(["housing", "zoning", "renters"], page.Tags);
    }

    [Fact]
    public void A_centred_headline_over_its_byline_stays_the_title_above_a_live_pages_entry_headlines()
    {
        var page = Parse(
            "   KTRV 6 News NewsWeatherSportsWatch Live\n\n   62° Riverbend\n\n   LIVE Sports\n\n"
            + new string(' ', 400) + "Live updates: Riverbend Marathon road closures, results and weather\n\n"
            + "   By Alyssa Brandt, Marcus Oyelowo\n\n   Published: 6:00 AM CDT April 14, 2024 Updated: 12:41 PM CDT April 14, 2024\n\n"
            + "Key points\n\n     * Streets along the river remain closed until 3 p.m.\n     * Men's winner finished in 2:14:09\n\n"
            + "   12:41 PMAlyssa Brandt\n\nRoads begin to reopen downtown\n\n"
            + "   Police say Front Street and the Jefferson Avenue bridge are open again. The riverside drive stays closed until about 3 p.m.\n\n"
            + "Winner crosses in 2:14:09\n\n"
            + "   Kenyan runner Daniel Kiprop won the men's race in 2 hours, 14 minutes and 9 seconds, about a minute outside the course record.\n");

        Assert.Equal("Live updates: Riverbend Marathon road closures, results and weather", page.Title);
    }

    [Fact]
    public void Comments_signed_under_their_text_take_the_text_above_each_signature()
    {
        var page = Parse("""
            Metro work to close Ring Road stretch

            A stretch of the Outer Ring Road will be closed to traffic from Monday for six months, the traffic police said on Friday.

            Vehicles heading towards Marathahalli will be diverted through 27th Main Road, while buses will use the service road.

            Comments:

               Six months means one year in reality. Plan for it.

               from: Raghav S., Bangalore

               Posted on: Aug 24, 2013 at 07:51 IST

               The 27th Main is already jammed every evening.

               from: Priya Nair, Bangalore

               Posted on: Aug 24, 2013 at 09:12 IST

               Please Wait while comments are loading...

               Post Your Comment
            """);

        Assert.Equal(["Raghav S.", "Priya Nair"], page.Comments.Select(comment => comment.Author));
        Assert.Equal(["Six months means one year in reality. Plan for it."], page.Comments[0].Paragraphs);
        Assert.Equal(["The 27th Main is already jammed every evening."], page.Comments[1].Paragraphs);
        Assert.Equal("2013-08-24T09:12:00+05:30", page.Comments[1].PostedAt);
    }

    [Fact]
    public void Tags_listed_under_their_label_may_keep_the_commas_of_a_tag_line()
    {
        var page = Parse("""
            Pension costs eat half of the city's budget gap

            By Mark Delacroix on March 14, 2011 9:12 AM | Permalink | Comments (5)

            Riverbend's budget gap for next year is $6.1 million, and $3.2 million of it is the rising cost of police and fire pensions.

            The police and fire unions have asked to meet with the council's finance committee before the hearing.

            Tags:

              • budget,
              • pensions,
              • Diane Yoder
            """);

        Assert.Equal(["budget", "pensions", "Diane Yoder"], page.Tags);
        Assert.Equal(2, page.BodyParagraphs.Count);
    }

    [Fact]
    public void A_standfirst_over_the_writers_name_and_the_date_is_no_text()
    {
        var page = Parse("""
            The night bus that nobody planned for

            Ridership on the city's only overnight route has tripled since 2021. The transit agency still treats it as an experiment.

              • Amara Whitfield

            Amara Whitfield

            Nov 2, 2023 • 4 min read

            At 2:40 on a Tuesday morning, the Route 90 bus pulls up to Fairmount Avenue with 31 people on board. Most of them are going to work.
            """);

        Assert.Equal(["Amara Whitfield"], page.Authors);
        Assert.Equal(["At 2:40 on a Tuesday morning, the Route 90 bus pulls up to Fairmount Avenue with 31 people on board. Most of them are going to work."], page.BodyParagraphs);
    }

    [Fact]
    public void A_name_over_the_date_above_the_headline_is_the_byline()
    {
        var page = Parse("""
            Wirelight
            News   Money   DIY   Reviews   Deals

            Ella Kovacs
            6/04/15 2:20pm
            48.2K
            Filed to: smartphones

            This Is the Cheapest Way to Fix a Cracked Phone Screen, and It Isn't the Store

            I cracked the screen on my phone three weeks ago, dropped it face-first onto a parking garage floor, and got quotes.

            I ended up paying $89 at an independent repair shop two blocks from my apartment, and the phone has worked since.
            """);

        Assert.Equal("This Is the Cheapest Way to Fix a Cracked Phone Screen, and It Isn't the Store", page.Title);
        Assert.Equal(["Ella Kovacs"], page.Authors);
        Assert.Equal("2015-06-04T14:20:00", page.PublishedAt);
    }

    [Fact]
    public void A_headline_over_its_labelled_date_and_share_rows_wins_over_a_heading_under_them()
    {
        var page = Parse("""
            The Carroll County Sentinel

            Letters: Mill closing, bike lanes and the fair board

            Posted: Tuesday, September 17, 2013 12:00 am

            Print
            Email
            Share

            Town has tools to keep the mill

            Harold Beckwith's column was right that the town has not tried. The council spent more on the parade than on the mill.
            """);

        Assert.Equal("Letters: Mill closing, bike lanes and the fair board", page.Title);
        Assert.Equal("2013-09-17T00:00:00", page.PublishedAt);
    }

    [Fact]
    public void A_list_of_short_and_long_items_under_the_headline_is_no_title()
    {
        var page = Parse("""
            Harbour Builder News

            Harbour Builder 2.4 - The Lighthouse Update

               + Added Lanterns
               + Added tide pools with their own fish
               + Boats can now be painted in any of the sixteen dye colours
               * Cranes lift twice as fast as before

               Thanks to everyone who tested the preview builds over the winter and sent us their saves.
            """);

        Assert.Equal("Harbour Builder 2.4 - The Lighthouse Update", page.Title);
    }

    [Fact]
    public void Towns_under_names_are_no_authors_and_a_related_heading_under_the_thread_ends_it_past_the_form_above()
    {
        var page = Parse(Article + """
            Have your say
            Your comment
            Note: Comments are moderated and must not be offensive.

            Readers' Comments

            Vinod P.
            Dubai, UAE
            Posted: November 20, 2013, 21:15 GST
            Finally! I have been asking for this for two years.

            Layla
            Sharjah, UAE
            Posted: November 20, 2013, 22:02 GST
            Please do the same from Al Taawun.

            More from UAE
            Salik gate to open on Al Mamzar bridge
            School bus fees to rise in January

            © 2013 The Daily Example
            """);

        Assert.Equal(["Vinod P.", "Layla"], page.Comments.Select(comment => comment.Author));
        Assert.Equal([["Finally! I have been asking for this for two years."], ["Please do the same from Al Taawun."]], page.Comments.Select(comment => comment.Paragraphs));
        Assert.Equal("2013-11-20T22:02:00+04:00", page.Comments[1].PostedAt);
    }

    [Fact]
    public void A_forum_post_headline_is_its_first_paragraph_and_heute_is_no_part_of_the_name()
    {
        var page = Parse(Article + """
            Forum
            insgesamt 12 Beiträge

            1. Zu teuer
            kassel_2013 heute, 16:40 Uhr
            Sieben Millionen für eine Brücke, die kaum jemand braucht.
            Melden

            2. Endlich
            Ute B. heute, 17:02 Uhr
            Ich warte seit Jahren darauf.
            Melden

            Impressum | Datenschutz
            """);

        Assert.Equal(["kassel_2013", "Ute B."], page.Comments.Select(comment => comment.Author));
        Assert.Equal(["Zu teuer", "Sieben Millionen für eine Brücke, die kaum jemand braucht."], page.Comments[0].Paragraphs);
        Assert.Equal(["Endlich", "Ich warte seit Jahren darauf."], page.Comments[1].Paragraphs);
        Assert.All(page.Comments, comment => Assert.Null(comment.PostedAt));
    }

    [Fact]
    public void A_short_paragraph_opening_like_a_related_links_heading_stays_text()
    {
        var page = Parse(Article + """
            Other residents disagreed.

            "The money would be better spent on the roads," said Ann Smith, who lives near the river.

            More from Example County

            School board delays vote on new calendar
            Library extends weekend hours
            """);

        Assert.Contains("Other residents disagreed.", page.BodyParagraphs);
        Assert.DoesNotContain("Library extends weekend hours", page.BodyParagraphs);
    }

    [Theory]
    [InlineData("By The Associated Press", "The Associated Press")]
    [InlineData("By THE ASSOCIATED PRESS", "THE ASSOCIATED PRESS")]
    public void A_wire_agency_signing_as_itself_is_the_author_not_the_title(string byline, string author)
    {
        var page = Parse($"""
            Storm knocks out power to thousands across the county
            {byline}
            September 17, 2013 4:12 PM

            High winds knocked out power to more than 20,000 homes on Tuesday, the utility said in a statement late in the evening.

            Crews were expected to work through the night to restore service to the hardest-hit neighborhoods.
            """);

        Assert.Equal("Storm knocks out power to thousands across the county", page.Title);
        Assert.Equal([author], page.Authors);
    }

    [Theory]
    [InlineData("By Hollis Brennan June 18, 2022", "Hollis Brennan", "2022-06-18")]
    [InlineData("By Hollis Brennan 18 June 2022", "Hollis Brennan", "2022-06-18")]
    [InlineData("By Hollis Brennan Sat June 18, 2022 6:45 am", "Hollis Brennan", "2022-06-18T06:45:00")]
    [InlineData("by Hollis Brennan Tue., Sep. 17, 2013 4:12 PM PDT", "Hollis Brennan", "2013-09-17T16:12:00-07:00")]
    [InlineData("By Hollis Brennan, June 18, 2022 at 6:45 am", "Hollis Brennan", "2022-06-18T06:45:00")]
    [InlineData("Lucía Benavente Madrid 19 NOV 2013 - 16:12 CET", "Lucía Benavente", "2013-11-19T16:12:00+01:00")]
    [InlineData("Marta Irigoyen Nueva York 24 SEP 2013 - 18:42 CET", "Marta Irigoyen", "2013-09-24T18:42:00+01:00")]
    [InlineData("By Hollis Brennan May 22, 2017May 23, 2017", "Hollis Brennan", "2017-05-22")]
    [InlineData("June 23, 2021June 22, 2021 by Hollis Brennan", "Hollis Brennan", "2021-06-22")]
    [InlineData("By Hollis Brennan November 3, 2016 at 6:45 amNovember 3, 2016", "Hollis Brennan", "2016-11-03T06:45:00")]
    [InlineData("By Hollis Brennan March 3, 2022March 4, 2022 28 Comments 5 min read", "Hollis Brennan", "2022-03-03")]
    [InlineData("By Hollis Brennan@hbrennan_ Mar 8, 2016, 10:03am EST 143 comments", "Hollis Brennan", "2016-03-08T10:03:00-05:00")]
    [InlineData("By Hollis Brennan hbrennan@gullspit.com June 18, 2022", "Hollis Brennan", "2022-06-18")]
    [InlineData("Posted byHollis Brennan March 11, 2024March 12, 2024 4 Comments on Volunteers count 212 nesting terns", "Hollis Brennan", "2024-03-11")]
    [InlineData("By Hollis Brennan hbrennan@gullspit.com Posted: Saturday, June 18, 2022 6:30 pm | Updated: 10:41 pm", "Hollis Brennan", "2022-06-18T18:30:00")]
    [InlineData("By Hollis Brennan hbrennan@gullspit.com Posted: Saturday, June 18, 2022 6:30 pm | Updated: 10:41 pm, Sat Jun 18, 2022.", "Hollis Brennan", "2022-06-18T18:30:00")]
    [InlineData("June 18, 2022 Hollis Brennan 5 Comments", "Hollis Brennan", "2022-06-18")]
    [InlineData("By Hollis Brennan Posted at 06:22 PM ET, 06/18/2022 Comments (87)", "Hollis Brennan", "2022-06-18T18:22:00-04:00")]
    [InlineData("By Hollis Brennan First published June 18th 2022, 11:38 am", "Hollis Brennan", "2022-06-18T11:38:00")]
    [InlineData("18 juin 2022 Hollis Brennan 5 commentaires", "Hollis Brennan", "2022-06-18")]
    public void A_byline_run_together_with_its_date_gives_both(string byline, string author, string published)
    {
        var page = Parse($"""
            Volunteers count 212 nesting terns on Gull Spit, a record

            {byline}

            Volunteers walking the beach at dawn on Friday counted 212 nesting least terns on Gull Spit, the most since the survey began.

            The count was helped by a string fence the parks department put up in April to keep walkers and dogs away from the dunes.
            """);

        Assert.Equal("Volunteers count 212 nesting terns on Gull Spit, a record", page.Title);
        Assert.Equal([author], page.Authors);
        Assert.Equal(published, page.PublishedAt);
    }

    [Theory]
    [InlineData("Thursday, September 12, 2013 Subscribe | Capitol Report Pro | Playbook")]
    [InlineData("Martes 12/03/2013 Regístrate Inicia sesión")]
    public void The_top_bars_date_and_buttons_over_the_logo_are_no_site(string topBar)
    {
        var page = Parse(topBar + """

            El Heraldo Nacional

              * Congress
              * Economy

            Ferry fares rise for the second time this year

            By Ada Morrow | 9/12/13 5:04 AM EDT

            The ferry board voted on Thursday to raise the adult fare by 25 cents, the second increase since January, citing fuel costs.

            Commuters who buy monthly passes will pay $4 more starting in August, the board said in a statement.
            """);

        Assert.Equal("El Heraldo Nacional", page.Site);
        Assert.Equal("Ferry fares rise for the second time this year", page.Title);
    }

    [Theory]
    [InlineData("Harbor Notes\n\nA former port reporter on the docks, the ferries and the people who run them. Tips welcome.\n\n   * Home\n   * Archive\n\nFerry fares rise for the second time this year\n\n   By Ada Morrow on June 2, 2012 8:10 AM | Permalink")]
    [InlineData("Harbor Notes\n\nA former port reporter on the docks, the ferries and the people who run them. Tips welcome.\n\n   « Older post | Main | Newer post, with a long name »\n\nJune 02, 2012\n\nFerry fares rise for the second time this year")]
    public void A_blogs_tagline_under_its_name_is_neither_title_nor_text(string header)
    {
        var page = Parse(header + """


            The ferry board voted on Thursday to raise the adult fare by 25 cents, the second increase since January, citing fuel costs.

            Commuters who buy monthly passes will pay $4 more starting in August, the board said in a statement.
            """);

        Assert.Equal("Ferry fares rise for the second time this year", page.Title);
        Assert.Equal("Harbor Notes", page.Site);
        Assert.Equal("The ferry board voted on Thursday to raise the adult fare by 25 cents, the second increase since January, citing fuel costs.", page.BodyParagraphs[0]);
        Assert.Equal(2, page.BodyParagraphs.Count);
    }

    [Fact]
    public void A_standfirst_under_the_headline_is_no_blogs_tagline()
    {
        var page = Parse("""
            Harbor Notes

            Ferry fares rise for the second time this year

            The board blamed fuel costs, and commuters say the service has not improved since the last increase.

            Crossings cut to two an hour

            By Ada Morrow, June 2, 2012

            The ferry board voted on Thursday to raise the adult fare by 25 cents, the second increase since January, citing fuel costs.
            """);

        Assert.Equal("Ferry fares rise for the second time this year", page.Title);
    }

    [Theory]
    [InlineData("Home > Politik > Bahnstreik", "Bahnstreik: Lokführer legen den Fernverkehr zwei Tage lang lahm", "Lokführer legen den Fernverkehr zwei Tage lang lahm")]
    [InlineData("Bahnstreik", "Bahnstreik: Lokführer legen den Fernverkehr zwei Tage lang lahm", "Lokführer legen den Fernverkehr zwei Tage lang lahm")]
    [InlineData("Home > Politik", "Bahnstreik: Lokführer legen den Fernverkehr zwei Tage lang lahm", "Bahnstreik: Lokführer legen den Fernverkehr zwei Tage lang lahm")]
    [InlineData("Actualité > Suisse > Vaud", "Vaud: 120 millions pour rénover les gymnases", "Vaud: 120 millions pour rénover les gymnases")]
    public void A_kicker_run_into_the_headline_that_the_breadcrumb_names_is_no_part_of_the_title(string above, string headline, string title)
    {
        var page = Parse(above + "\n\n" + headline + """


               Von Jana Kurz
               Montag, 14.03.2016 18:42 Uhr

               Die Gewerkschaft der Lokführer hat ihre Mitglieder für Mittwoch und Donnerstag zum Streik im Fernverkehr aufgerufen.

               Die Bahn will einen Notfahrplan anbieten, rechnet aber mit Ausfällen auf fast allen Strecken.
            """);

        Assert.Equal(title, page.Title);
    }

    [Fact]
    public void A_topic_row_and_a_news_alert_over_a_byline_above_the_headline_are_no_title()
    {
        var page = Parse("""
               Harbor City News
                 * Home
                 * Politics

               Weather Traffic Schools Transit Courts
               BREAKING Mayor: Transit strike 'will not last the week,' blames union

               Published March 04, 2014
               By Ada Morrow

            Storm closes schools across three counties, cuts power to thousands

                 * Share
                 * Email

               A winter storm dropped more than a foot of snow across the region on Tuesday, closing schools in three counties and knocking out power to about 40,000 homes.

               Crews expect to restore most of the power by Wednesday evening, the utility said.
            """);

        Assert.Equal("Storm closes schools across three counties, cuts power to thousands", page.Title);
    }

    [Fact]
    public void Writers_names_without_by_between_headline_and_date_are_the_byline()
    {
        var page = Parse("""
            Light rail extension to the airport wins council approval

            Marc-André Tremblay and Simone Achebe
            Published Feb. 21, 2024

            City council voted 9-4 on Wednesday to fund a $1.2-billion extension of the light rail line to the international airport.

            The 11-kilometre extension will add four stations, including one at the new hospital campus, and is expected to open in 2030.
            """);

        Assert.Equal("Light rail extension to the airport wins council approval", page.Title);
        Assert.Equal(["Marc-André Tremblay", "Simone Achebe"], page.Authors);
        Assert.Equal("2024-02-21", page.PublishedAt);
    }

    [Fact]
    public void A_writers_name_right_over_the_date_under_a_deck_is_no_headline()
    {
        var page = Parse("""
            Vivienda

            La Comunidad de Madrid limitará el alquiler turístico en el centro

            El Gobierno regional aprobará en junio un decreto que exige licencia para los pisos turísticos de los distritos centrales

            Lucía Ferrer Ibarra
            9 MAY 2017 - 14:30 CEST
            El consejero de Vivienda, Álvaro Quesada, durante la presentación del decreto este martes. EMILIO NARANJO EFE

            La Comunidad de Madrid exigirá una licencia a todos los pisos que se alquilen a turistas en los distritos de Centro, Chamberí y Retiro.

            Así lo anunció este martes el consejero de Vivienda, que prevé aprobar el decreto a finales de junio.
            """);

        Assert.Equal("La Comunidad de Madrid limitará el alquiler turístico en el centro", page.Title);
        Assert.Equal(["Lucía Ferrer Ibarra"], page.Authors);
        Assert.Equal(["El consejero de Vivienda, Álvaro Quesada, durante la presentación del decreto este martes. EMILIO NARANJO EFE"], page.Captions);
    }

    [Theory]
    [InlineData("Marta Olmedo Ruiz Sevilla", "Marta Olmedo Ruiz")]
    [InlineData("Marta Olmedo Ruiz", "Marta Olmedo Ruiz")]
    [InlineData("Ana María Soler", "Ana María Soler")]
    public void A_place_run_into_the_writers_name_that_the_headline_names_is_no_part_of_it(string byline, string author)
    {
        var page = Parse($"""
            Sevilla cierra al tráfico el centro histórico durante la Semana Santa

            El Ayuntamiento cortará el acceso de coches a 40 calles entre el Domingo de Ramos y el Domingo de Resurrección

            {byline}
            3 ABR 2017 - 09:15 CEST

            El Ayuntamiento de Sevilla cerrará al tráfico rodado 40 calles del casco histórico durante toda la Semana Santa.

            Los residentes podrán acceder a sus garajes con una tarjeta que el Ayuntamiento repartirá esta semana.
            """);

        Assert.Equal([author], page.Authors);
    }

    [Fact]
    public void A_pictures_alt_text_over_its_caption_under_the_byline_is_no_headline()
    {
        var page = Parse("""
            Technology

            Startup's vertical farm in a former mall wins $12 million in funding

            By Keisha Langford – Staff Reporter

            Feb 10, 2020, 2:05pm EST

            Rows of lettuce under LED lights
            Lettuce grows under LED lights in a former department store at Westgate Mall. Greenlot Farms

            Greenlot Farms, which grows leafy greens in a former department store at the Westgate Mall, has raised $12 million in a funding round.

            The three-year-old company will use the money to expand into two more vacant anchor stores at the mall, co-founder Arjun Mehta said Monday.
            """);

        Assert.Equal("Startup's vertical farm in a former mall wins $12 million in funding", page.Title);
        Assert.Equal(["Keisha Langford"], page.Authors);
        Assert.DoesNotContain(page.BodyParagraphs, paragraph => paragraph.StartsWith("Rows of lettuce", StringComparison.Ordinal));
        Assert.Equal(["Lettuce grows under LED lights in a former department store at Westgate Mall. Greenlot Farms"], page.Captions);
    }

    [Fact]
    public void Alt_text_over_a_caption_inside_the_text_is_dropped()
    {
        var page = Parse("""
            Pensioner builds working steam engine in his back garden

            By Tom Ellery

            A pensioner has built a working replica of a 1930s steam engine in his back garden, and now gives rides to children.

            Ron Bates

            Full steam ahead: Ron Bates, 81, at the controls of the locomotive he spent eleven years building in his shed

            The retired toolmaker cut and riveted every panel himself, working from drawings he bought at a railway auction.

            Engine

            Labour of love: The engine, named Margaret after his late wife, pulls two passenger cars around a 120ft loop

            The keeper's cottage behind the track will open to the public on Saturday for the first time since 1985.

            Keeper's cottage

            The restored keeper’s cottage, with the light tower behind it. Photo by Dennis Falco

            Ridgefield school board

            Parents listen as the superintendent presents budget cuts Wednesday at Ridgefield Middle School.

            Jordan Pike/The Ledger

            He says he will keep building as long as the neighbours put up with the whistle on Sunday mornings.
            """);

        Assert.Equal(
            [
                "A pensioner has built a working replica of a 1930s steam engine in his back garden, and now gives rides to children.",
                "The retired toolmaker cut and riveted every panel himself, working from drawings he bought at a railway auction.",
                "The keeper's cottage behind the track will open to the public on Saturday for the first time since 1985.",
                "He says he will keep building as long as the neighbours put up with the whistle on Sunday mornings.",
            ],
            page.BodyParagraphs);
        Assert.Contains("Jordan Pike/The Ledger", page.Captions);
        Assert.DoesNotContain("Engine", page.Captions);
    }

    [Fact]
    public void Story_highlights_inside_the_text_are_no_paragraphs()
    {
        var page = Parse("""
            Senate bargain on shutdown deadline collapses after late vote

            updated 9:05 PM EDT, Thu September 26, 2013

            The Senate chamber on Thursday evening, shortly before the vote that ended the talks.

            STORY HIGHLIGHTS

              • Procedural vote falls four short of the 60 needed
              • Plan would have funded agencies through November 15

            By Marcus Delaney, GNN

            Washington (GNN) -- A bipartisan bargain meant to keep the federal government open past Monday collapsed in the Senate on Thursday night.

            The 56-44 vote came shortly after 8 p.m. and left leaders of both parties trading blame on the Senate floor.
            """);

        Assert.DoesNotContain(page.BodyParagraphs, paragraph => paragraph.Contains("Procedural vote", StringComparison.Ordinal));
        Assert.DoesNotContain(page.BodyParagraphs, paragraph => paragraph.Contains("Plan would have", StringComparison.Ordinal));
        Assert.Contains("The 56-44 vote came shortly after 8 p.m. and left leaders of both parties trading blame on the Senate floor.", page.BodyParagraphs);
    }

    [Fact]
    public void The_story_under_its_highlights_is_text_where_no_blank_line_sets_it_apart()
    {
        var page = Parse("""
            Flood-weary town votes to move uphill
            By Rosalind Acheson, GNN
            updated 10:21 PM EDT, Tue September 17, 2013
            STORY HIGHLIGHTS
            Residents of Pell Crossing vote 212-97 to relocate the town center
            The river has flooded Main Street four times since 1993
            (GNN) -- Voters in Pell Crossing decided Tuesday to move the town to higher ground.
            The measure lets the council apply for federal buyout money.
            """);

        Assert.Equal(["(GNN) -- Voters in Pell Crossing decided Tuesday to move the town to higher ground.", "The measure lets the council apply for federal buyout money."], page.BodyParagraphs);
    }

    [Fact]
    public void Highlights_a_text_browser_lists_a_blank_line_under_their_heading_are_no_headline()
    {
        var page = Parse("""
            Park towns brace for lost fall season as shutdown nears

               Wendell Crane, Nation Today 7:02 p.m. EDT September 26, 2013

            Story Highlights

                 * Leaf season brings up to a third of some gateway towns' yearly sales
                 * Parks closed for 21 days during the 1995-96 shutdown

               GATLIN FALLS, N.C. — Mae Hollowell has spent 31 autumns renting cabins on the edge of the park, and she has never seen a fall like this.

               In the last week, she said, six families have called to ask what happens to their reservations if the park gates close on Oct. 1.
            """);

        Assert.Equal("Park towns brace for lost fall season as shutdown nears", page.Title);
        Assert.DoesNotContain(page.BodyParagraphs, paragraph => paragraph.Contains("Leaf season", StringComparison.Ordinal));
    }

    [Fact]
    public void A_caption_under_the_byline_printed_twice_as_alt_text_and_caption_is_no_headline()
    {
        var page = Parse("""
            Home > News

            Corner shop raided twice in a week as thieves target cigarettes

            7:02am Thursday 26th September 2013 in News

            By Ed Carrow, Crime reporter

            Raj Bhatti outside his shop in Market Street, Hartley Cross, which has been broken into twice

            Raj Bhatti outside his shop in Market Street, Hartley Cross, which has been broken into twice

            A corner shop in Hartley Cross has been broken into twice in five days, with thieves taking more than £3,000 worth of cigarettes.

            Raj Bhatti, who has run his stores in Market Street for 17 years, said the raiders smashed the glass in the back door.
            """);

        Assert.Equal("Corner shop raided twice in a week as thieves target cigarettes", page.Title);
        Assert.Equal(["Ed Carrow"], page.Authors);
    }

    [Fact]
    public void A_contributor_box_printing_the_name_again_with_job_and_paper_is_no_headline()
    {
        var page = Parse("""
            POLITICS

            Senator's Overnight Speech Against Health Law Stretches Past 15 Hours

            Leah Fairbanks
            Leah Fairbanks Congressional Reporter, The Harrington Post
            Posted: 09/24/2013 4:51 pm EDT | Updated: 09/25/2013 8:12 am EDT

            Sen. Wade Pruett (R-Okla.) speaks on the Senate floor on Sept. 24, 2013. (Screenshot via SenateVision)

            WASHINGTON -- A Republican senator who vowed to speak against the health law was still on the Senate floor Wednesday morning.

            Pruett started speaking at 2:41 p.m. on Tuesday, reading from constituent letters and a children's book.
            """);

        Assert.Equal("Senator's Overnight Speech Against Health Law Stretches Past 15 Hours", page.Title);
        Assert.Equal(["Leah Fairbanks"], page.Authors);
        Assert.Equal(["Sen. Wade Pruett (R-Okla.) speaks on the Senate floor on Sept. 24, 2013. (Screenshot via SenateVision)"], page.Captions);
    }

    [Fact]
    public void A_headline_over_a_named_byline_is_no_item_of_the_post_navigation_above_it()
    {
        var page = Parse("""
            Humber Tide

            News from both banks of the estuary

            Post navigation

            ← PreviousNext →

            Fishermen tell MEP the discard ban will sink the Humber fleet

            Posted on November 8, 2012 by Lorna Walmsley

            Skippers from Grimsby and Hull packed into the Fishermen's Mission on Thursday to tell their MEP that the ban would sink the fleet.

            The European Parliament's fisheries committee backed the ban last month.
            """);

        Assert.Equal("Fishermen tell MEP the discard ban will sink the Humber fleet", page.Title);
        Assert.Equal(["Lorna Walmsley"], page.Authors);
    }

    [Theory]
    [InlineData("The Courier")]
    [InlineData("The Albion Post")]
    public void A_broadsheets_writer_in_a_place_over_the_paper_and_date_is_the_byline(string paper)
    {
        var page = Parse($"""
            Iran's new president strikes softer tone at UN as Obama leaves door open

            Hassan Rouhani calls for talks on nuclear programme within months, hours after US president says diplomacy must be tested

            Julian Marchbank in New York
            {paper}, Tuesday 24 September 2013 19.41 BST

            Iran's new president, Hassan Rouhani, has called for talks on his country's nuclear programme to begin within months.

            His speech came hours after Barack Obama told the general assembly that diplomacy must be tested.
            """);

        Assert.Equal("Iran's new president strikes softer tone at UN as Obama leaves door open", page.Title);
        Assert.Equal(["Julian Marchbank"], page.Authors);
        Assert.Equal("2013-09-24T19:41:00+01:00", page.PublishedAt);
    }

    [Fact]
    public void A_broadsheets_byline_box_printed_as_a_list_names_the_writer()
    {
        var page = Parse("""
            Iran's new president strikes softer tone at UN as Obama leaves door open

            Hassan Rouhani calls for talks on nuclear programme within months, hours after US president says diplomacy must be tested
              * Julian Marchbank in New York
              * The Albion Post, Tuesday 24 September 2013 19.41 BST
              * Comments (312)

            Iran's new president, Hassan Rouhani, has called for talks on his country's nuclear programme to begin within months.

            His speech came hours after Barack Obama told the general assembly that diplomacy must be tested.
            """);

        Assert.Equal("Iran's new president strikes softer tone at UN as Obama leaves door open", page.Title);
        Assert.Equal(["Julian Marchbank"], page.Authors);
    }

    [Fact]
    public void A_facebook_plugins_conversation_guidelines_over_the_thread_are_no_text()
    {
        var page = Parse("""
            Park towns brace for lost fall season as shutdown nears

            GATLIN FALLS, N.C. — Mae Hollowell has spent 31 autumns renting cabins on the edge of the park, and she has never seen a fall like this.

            Park Service spokeswoman Delia Ferrante said the agency was preparing for all possibilities.

            Conversation Guidelines

            Commenting on this page is done via Facebook. Keep it civil and on topic.

            2 comments

            Mabel Ortiz
            We rent two cabins in October every year. Already lost one booking.
            Reply · Like · September 26 at 8:14pm

            Dale Pruitt
            Same thing happened in 1995.
            Reply · Like · September 26 at 9:02pm
            """);

        Assert.Equal(
            ["GATLIN FALLS, N.C. — Mae Hollowell has spent 31 autumns renting cabins on the edge of the park, and she has never seen a fall like this.",
                "Park Service spokeswoman Delia Ferrante said the agency was preparing for all possibilities."],
            page.BodyParagraphs);
        Assert.Equal(["Mabel Ortiz", "Dale Pruitt"], page.Comments.Select(comment => comment.Author));
    }

    [Fact]
    public void A_weather_boxs_label_under_the_text_is_no_paragraph()
    {
        var page = Parse("""
            Grain elevator fire forces evacuation of six blocks in Carver

            A fire that broke out in a grain elevator on the east side of Carver early Monday forced the evacuation of six blocks.

            Co-op general manager Wes Dahlberg said the elevator held about 180,000 bushels of corn at the time.

            Weather
            Carver: 34° Cloudy
            """);

        Assert.Equal(
            [
                "A fire that broke out in a grain elevator on the east side of Carver early Monday forced the evacuation of six blocks.",
                "Co-op general manager Wes Dahlberg said the elevator held about 180,000 bushels of corn at the time.",
            ],
            page.BodyParagraphs);
    }

    [Fact]
    public void A_newsletters_pitch_under_its_heading_is_no_paragraph()
    {
        var page = Parse("""
            Grocery prices keep climbing even as inflation cools

            Overall inflation has slowed for ten straight months, but many shoppers say their grocery receipts tell another story.

            Economists expect grocery inflation to keep easing through the year, though few expect prices to return to where they were.

            Get The Ledger Daily Money newsletter

            Smart takes on your money, every Tuesday and Friday.
            """);

        Assert.Equal(
            [
                "Overall inflation has slowed for ten straight months, but many shoppers say their grocery receipts tell another story.",
                "Economists expect grocery inflation to keep easing through the year, though few expect prices to return to where they were.",
            ],
            page.BodyParagraphs);
    }

    [Fact]
    public void A_thread_laid_out_as_a_table_of_name_and_text_is_read_row_by_row()
    {
        var page = Parse(Article + """
            Discussion

            3

            ferry_rider          The 8:10 boat has been late every day this month, so a new bridge cannot come soon enough.
            3/3/2014 10:02 AM EST

            Dana W.              Eighteen months is optimistic for a project like this one.
            3/3/2014 11:40 AM EST
                                 Ask anyone who remembers the last bridge.

            harbor_cat           Good news for the east side.
            3/4/2014 8:00 AM EST

            View all 3 comments
            """);

        Assert.Equal(["ferry_rider", "Dana W.", "harbor_cat"], page.Comments.Select(comment => comment.Author));
        Assert.Equal(["Eighteen months is optimistic for a project like this one.", "Ask anyone who remembers the last bridge."], page.Comments[1].Paragraphs);
        Assert.Equal("2014-03-03T11:40:00-05:00", page.Comments[1].PostedAt);
        Assert.Equal(ArticleBody, page.BodyParagraphs);
    }

    [Fact]
    public void A_table_row_whose_text_does_not_line_up_with_the_others_is_no_thread()
    {
        var lines = TextLine.Split("ferry_rider   The 8:10 boat has been late every day this month.\n3/3/2014 10:02 AM\nDana W.          Eighteen months is optimistic for a project like this.\n3/3/2014 11:40 AM");
        Assert.Equal(lines, TableCommentRows.Split(lines));
    }

    [Fact]
    public void A_forum_embeds_avatar_names_and_its_continue_discussion_link_leave_the_thread_whole()
    {
        var page = Parse(Article + """
               Ledger Forum
               3 replies

               ferry_rider

            ferry_rider

               Mar 3

               The 8:10 boat has been late every day this month.

               dana_w

            dana_w

               Mar 3

               Eighteen months is optimistic.

               harbor_cat

            harbor_cat

               Mar 4

               Good news for the east side.

               Continue discussion

               Ferry schedule

            Ferry schedule, one year in

               Boats are fuller. Crossings are not much slower.
            """);

        Assert.Equal(["ferry_rider", "dana_w", "harbor_cat"], page.Comments.Select(comment => comment.Author));
        Assert.Equal([["The 8:10 boat has been late every day this month."], ["Eighteen months is optimistic."], ["Good news for the east side."]], page.Comments.Select(comment => comment.Paragraphs));
    }

    [Fact]
    public void Disqus_style_threads_read_relative_times_as_unknown()
    {
        var page = Parse(Article + """
            2 comments

            marisol_r • 5 years ago
            I ride the 31 every day.
            Reply • Share ›
                Dale Higgins marisol_r • 5 years ago
                Or they could fix the card readers.
                Reply • Share ›
            """);

        Assert.Equal(["marisol_r", "Dale Higgins"], page.Comments.Select(comment => comment.Author));
        Assert.Equal(1, page.Comments[1].Parent);
        Assert.All(page.Comments, comment => Assert.Null(comment.PostedAt));
    }

    [Fact]
    public void Article_metadata_is_read_and_kept_out_of_the_body()
    {
        var page = Parse(Article);

        Assert.Equal("Council approves new bridge after long debate", page.Title);
        Assert.Equal("The Daily Example", page.Site);
        Assert.Equal(["Jane Doe", "John Roe"], page.Authors);
        Assert.Equal("2014-03-03T09:15:00-05:00", page.PublishedAt);
        Assert.Equal(2, page.BodyParagraphs.Count);
        Assert.DoesNotContain("Advertisement", page.BodyParagraphs);
    }

    [Fact]
    public void Declared_count_that_differs_from_the_comments_found_is_a_warning()
    {
        var page = Parse(Article + """
            Comments (4)

            Ann Smith · March 3, 2014 10:02
            Finally.
            """);

        Assert.Single(page.Comments);
        Assert.Equal(["page declares 4 comments, found 1"], page.Warnings);
    }

    [Fact]
    public void A_newsletter_box_whose_field_a_rendering_dropped_is_no_text()
    {
        var page = Parse(Article + """
            The Waterfront Brief
            Port, shipping and climate news from the harbor, every Thursday.

            The bridge will be named after the town's first mayor, the council decided.

            — Marcus Bell, Staff Writer

            Sign up for our newsletter
            """);

        Assert.Equal([.. ArticleBody, "The bridge will be named after the town's first mayor, the council decided."], page.BodyParagraphs);
    }

    [Fact]
    public void An_embedded_tweet_and_an_author_box_set_apart_by_blank_lines_are_no_text()
    {
        var page = Parse(Article + """
            Council votes 7-2 to build the bridge. Work starts in spring. pic.twitter.com/x8Lk2

            — Jane Doe (@janedoe_news) March 3, 2014

            The bridge will be named after the town's first mayor, the council decided.

            Published by Jane Doe

            Jane covers city hall for the Daily Example. View all posts by Jane Doe

            About Jane Doe

            Staff writer, The Daily Example. Covers the council and the courts.
            """);

        Assert.Equal([.. ArticleBody, "The bridge will be named after the town's first mayor, the council decided."], page.BodyParagraphs);
    }

    [Fact]
    public void A_thread_under_the_copyright_line_and_long_link_lists_is_still_the_thread()
    {
        var page = Parse(Article + """
            © 2014 The Daily Example. All Rights Reserved.

            Most Popular

            • Other story number 1 on the site
            • Other story number 2 on the site
            • Other story number 3 on the site
            • Other story number 4 on the site
            • Other story number 5 on the site
            • Other story number 6 on the site
            • Other story number 7 on the site
            • Other story number 8 on the site
            • Other story number 9 on the site
            • Other story number 10 on the site
            • Other story number 11 on the site
            • Other story number 12 on the site
            • Other story number 13 on the site
            • Other story number 14 on the site

            2 Comments

            Ann Smith
            March 3, 2014 at 10:02 am
            Finally. This should have happened years ago.

            Bob Jones
            March 3, 2014 at 11:40 am
            It is too expensive.
            """);

        Assert.Equal(2, page.DeclaredCommentCount);
        Assert.Equal(["Ann Smith", "Bob Jones"], page.Comments.Select(comment => comment.Author));
    }

    [Fact]
    public void Names_times_and_buttons_that_a_rendering_ran_together_still_make_comments()
    {
        var page = Parse(Article + """
            2 Comments

            Ellen Mikkelsen2:40 PM

            212 cars and not one of them had to be there.

            ReplyLikeReport
            bkwalski2h

            Not everywhere. Our block has one sign at the far end.

            ReplyLikeReport
            """);

        Assert.Equal(["Ellen Mikkelsen", "bkwalski"], page.Comments.Select(comment => comment.Author));
        Assert.Equal(["Not everywhere. Our block has one sign at the far end."], page.Comments[1].Paragraphs);
    }

    [Fact]
    public void A_blogger_thread_rendered_by_lynx_keeps_the_replies_under_their_label_and_splits_names_from_dates()
    {
        var page = Parse(Article + """
            3 comments:

                1. AnonymousOctober 19, 2013 at 10:02 AM
                   Thank you for actually counting instead of guessing.
                   ReplyDelete
                2. Marcy OyelaranOctober 19, 2013 at 11:47 AM
                   The new place on Delmar opened in August.
                   ReplyDelete
                   Replies
                     1. Eastside NotebookOctober 19, 2013 at 12:15 PM
                        Good point, Marcy.
                        ReplyDelete
                        Reply

               Add comment
            """);

        Assert.Equal(["Anonymous", "Marcy Oyelaran", "Eastside Notebook"], page.Comments.Select(comment => comment.Author));
        Assert.Equal([null, null, 2], page.Comments.Select(comment => comment.Parent));
        Assert.Equal("2013-10-19T12:15:00", page.Comments[2].PostedAt);
    }

    [Fact]
    public void A_byline_set_as_a_list_under_the_standfirst_names_the_writers_and_the_time()
    {
        var page = Parse("""
            Ukraine protesters defy riot police as EU envoys arrive in Kiev

            Tens of thousands rally in Independence Square for a second week as Brussels sends mediators

              • Rowena Castle in Kiev and Toby Marchant in Brussels
              • The Sentinel, Thursday 5 December 2013 17.42 GMT
              • Article history

            Protesters in Kiev defied riot police on Thursday as envoys of the European Union arrived to mediate between the government and the opposition.
            """);

        Assert.Equal("Ukraine protesters defy riot police as EU envoys arrive in Kiev", page.Title);
        Assert.Equal(["Rowena Castle", "Toby Marchant"], page.Authors);
        Assert.Equal("2013-12-05T17:42:00+00:00", page.PublishedAt);
    }

    [Fact]
    public void A_line_under_the_story_highlights_is_no_headline_the_one_above_the_label_is()
    {
        var page = Parse("""
            Hong Kong students boycott classes in democracy protest

               By Rachel Oduya, GNN

               Updated 1614 GMT (0014 HKT) April 8, 2014
               Share this Facebook Twitter Email More sharing
               STORY HIGHLIGHTS
                 * Thousands of students boycott classes in Hong Kong
                 * Protest against plans for the 2017 leadership election
                 * Government urges students to return to class

               Students gather at the Chinese University of Hong Kong on April 8, 2014.

               Hong Kong (GNN) -- Thousands of students boycotted classes across Hong Kong on Tuesday, the first day of a week-long protest.
            """);

        Assert.Equal("Hong Kong students boycott classes in democracy protest", page.Title);
        Assert.Equal(["Rachel Oduya"], page.Authors);
    }

    [Fact]
    public void A_byline_that_says_by_outranks_a_name_read_from_its_look_alone()
    {
        var page = Parse("""
            Senate bargain on shutdown deadline collapses after late vote

            updated 9:05 PM EDT, Thu September 26, 2013
            Senator Harold Quist
            Sen. Harold Quist speaks to reporters outside the Senate chamber on Thursday, September 26.

            By Marcus Delaney and Priya Raman, GNN

            Washington (GNN) -- A bipartisan plan to keep the government open through mid-November collapsed on Thursday night.
            """);

        Assert.Equal(["Marcus Delaney", "Priya Raman"], page.Authors);
    }

    private const string BoxedStory = """
        Snow closes schools across the Midwest
        By Alicia Dorr
        January 8, 2014, 11:04 am
        Hundreds of schools across the Midwest stayed closed Wednesday, not because of the cold itself but because of burst pipes.
        Plumbers in Chicago, Milwaukee and Des Moines said they had waiting lists several days long.
        Forecasters expect temperatures to climb above freezing by the weekend across most of the region.
        Alicia Dorr
        Alicia Dorr is a national correspondent for NTN News based in Chicago.

        """;

    private static readonly string[] BoxedStoryBody =
    [
        "Hundreds of schools across the Midwest stayed closed Wednesday, not because of the cold itself but because of burst pipes.",
        "Plumbers in Chicago, Milwaukee and Des Moines said they had waiting lists several days long.",
        "Forecasters expect temperatures to climb above freezing by the weekend across most of the region.",
    ];

    [Fact]
    public void A_rail_heading_right_under_an_author_box_on_a_page_without_blank_lines_opens_the_rail()
    {
        var page = Parse(BoxedStory.TrimEnd() + """

            Most Popular
            Council approves budget for road repairs
            Police identify driver killed in Route 9 crash
            Tigers rally past Eagles in overtime
            """);

        Assert.Equal(BoxedStoryBody, page.BodyParagraphs);
    }

    [Fact]
    public void An_author_box_without_a_rail_under_it_still_holds_its_last_line()
    {
        var page = Parse(BoxedStory.TrimEnd() + """

            She previously covered the courts in Omaha
            """);

        Assert.Equal(BoxedStoryBody, page.BodyParagraphs);
    }

    private static ParsedPage Parse(string text) => PageParser.Parse(Encoding.UTF8.GetBytes(text), "page.txt");

    [Fact]
    public void A_rail_of_headline_blurb_and_date_teasers_is_no_body()
    {
        var page = TextPageSplitter.Split("""
            Discovery Weekly
            Tiny animals survive drying out with the help of a glassy gel
            By Owen Falkirk
            September 27, 2013

            For decades, the tiny freshwater animals known as tardigrades have been famous for what they can survive.

            Researchers at the University of Eastmoor report that a species common in garden moss makes a protein that forms a gel.

            Related Articles
            How water bears survive in space
            Researchers report new clues to how tiny animals endure extreme conditions.
            September 7, 2013
            The secret life of moss
            A look at one of the planet's most overlooked habitats.
            September 21, 2013

            """);
        Assert.Equal(2, page.BodyParagraphs.Count);
    }

    [Fact]
    public void A_download_boxs_item_among_items_is_no_headline()
    {
        var page = TextPageSplitter.Split("""
               Essai Société

               La mesure et les classements des écoles
                 ___________________________________________________________

               par Claire Vidal , le 15 septembre 2009
               Mots-clés
                 * école
                 * mesure

               Télécharger l'article
                 * Télécharger au format PDF
                 * Télécharger au format EPUB

               La mesure, et la place qu’y occupent les classements, sont au cœur des débats actuels sur l'école, et les enjeux en sont considérables.

               Depuis longtemps, les enseignants et les parents comparent les écoles entre elles, mais les classements publiés sont une chose nouvelle.
            """);
        Assert.Equal("La mesure et les classements des écoles", page.Title);
    }
}

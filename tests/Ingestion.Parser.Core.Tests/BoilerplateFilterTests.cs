using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class BoilerplateFilterTests
{
    [Theory]
    [InlineData("Skip linksSkip to Content", true)]
    [InlineData("SubscribeSign in", true)]
    [InlineData("Accept allManage preferences", true)]
    [InlineData("Navigation menu", true)]
    [InlineData("REGISTRARMEINICIAR SESIÓN", true)]
    [InlineData("LOGINREGISTER", true)]
    [InlineData("BREAKING NEWS", false)]
    [InlineData("Abonnement Faire un don", true)]
    [InlineData("McAllister scores twice as Rovers win", false)]
    [InlineData("Share prices fell at the open on the LinkedIn news", false)]
    [InlineData("BlockedUnblockFollowFollowing", true)]
    [InlineData("BlockedUnblockFollowGet updates", true)]
    [InlineData("Never miss a story from Hannah Voss, when you sign up for Quillpad. Learn more", true)]
    [InlineData("Don't miss stories Follow The Courier", true)]
    [InlineData("Don’t miss stories Follow Harbour News", true)]
    [InlineData("Don't miss the stories the trustees tell about the pier.", false)]
    [InlineData("Following the meeting, the board answered no letters.", false)]
    public void Buttons_a_text_rendering_ran_together_are_furniture(string line, bool furniture) => Assert.Equal(furniture, BoilerplateFilter.IsBoilerplate(line));

    [Theory]
    [InlineData("Friend,", false)]
    [InlineData("Friends,", false)]
    [InlineData("Friend", true)]
    [InlineData("Email a friend", true)]
    [InlineData("Print | Friend", true)]
    public void A_one_word_salutation_is_no_share_button(string line, bool furniture) => Assert.Equal(furniture, BoilerplateFilter.IsBoilerplate(line));

    [Theory]
    [InlineData("Our Standards: The Northwire Trust Principles.", true)]
    [InlineData("Our standards: how we report", true)]
    [InlineData("The school board said the new rules meet our standards, and parents agreed.", false)]
    public void A_wires_link_to_its_editorial_principles_is_furniture(string line, bool furniture) => Assert.Equal(furniture, BoilerplateFilter.IsBoilerplate(line));

    [Theory]
    [InlineData("This article was reprinted on Harborlight.com.", true)]
    [InlineData("This story was republished by the Valley Courier with permission.", true)]
    [InlineData("This article was reprinted in three languages, the publisher said, and sold out twice.", true)]
    [InlineData("The article was reprinted on the front page of the Sunday edition, its author recalled.", false)]
    public void A_note_that_another_site_ran_the_story_is_furniture(string line, bool furniture) => Assert.Equal(furniture, BoilerplateFilter.IsBoilerplate(line));

    [Theory]
    [InlineData("Filed in: News", true)]
    [InlineData("Digital Edition", true)]
    [InlineData("Buy this photo", true)]
    [InlineData("Return to Top", true)]
    [InlineData("Single page view", true)]
    [InlineData("Return to the top of the hill took the crew another two hours.", false)]
    [InlineData("The digital edition went online Tuesday, a week before the print issue.", false)]
    [InlineData("Filed in Superior Court, the suit names the county and two of its deputies.", false)]
    public void A_themes_category_line_and_a_magazines_digital_edition_link_are_furniture(string line, bool furniture) => Assert.Equal(furniture, BoilerplateFilter.IsBoilerplate(line));

    [Theory]
    [InlineData("Copyright © 2013 WKPR. For personal, noncommercial use only. See Terms of Use. For other uses, prior permission required. This is a rush transcript. This copy may not be in its final form and may be updated or revised in the future.", true)]
    [InlineData("This is a rush to judgment, the mayor said, and the council should wait for the audit.", false)]
    [InlineData("  • Copyright", true)]
    [InlineData("* Site Map", true)]
    [InlineData("  • Work For Us", true)]
    [InlineData("DCSIMG", true)]
    [InlineData("Copyright law protects the recordings, the judge said.", false)]
    [InlineData("Help arrived within the hour.", false)]
    [InlineData("View full site", true)]
    [InlineData("The full site of the old mill is now a park.", false)]
    [InlineData("Antworten", true)]
    [InlineData("Autoplay: On / Off", true)]
    [InlineData("Autoplay: one of the settings the review found confusing.", false)]
    [InlineData("Anmelden", true)]
    [InlineData("Se connecter", true)]
    [InlineData("Antworten auf diese Fragen gab es keine.", false)]
    [InlineData("Print recipe | Email | Save to recipe box", true)]
    [InlineData("Save to recipe box the ones you like, she said.", false)]
    public void A_footer_link_alone_on_its_line_is_furniture(string line, bool furniture) => Assert.Equal(furniture, BoilerplateFilter.IsBoilerplate(line));

    [Theory]
    [InlineData("  • Ajouter à mes favoris", true)]
    [InlineData("Add to favorites", true)]
    [InlineData("Ajouter à mes favoris les recettes de ma grand-mère fut sa première idée.", false)]
    public void A_signed_in_readers_bookmark_button_is_furniture(string line, bool furniture) => Assert.Equal(furniture, BoilerplateFilter.IsBoilerplate(line));

    [Theory]
    [InlineData("Social Network Links", true)]
    [InlineData("Social Media Links", true)]
    [InlineData("Social links between harbour towns grew after the ferry opened", false)]
    public void The_heading_over_a_headers_social_buttons_is_furniture(string line, bool furniture) => Assert.Equal(furniture, BoilerplateFilter.IsBoilerplate(line));

    [Theory]
    [InlineData("Refresh for updates. Newest entries on top.", true)]
    [InlineData("Refresh for updates", true)]
    [InlineData("Refreshments for the volunteers were donated by the bakery.", false)]
    public void A_live_blogs_refresh_note_is_furniture(string line, bool furniture) => Assert.Equal(furniture, BoilerplateFilter.IsBoilerplate(line));

    [Theory]
    [InlineData("Open this photo in gallery", true)]
    [InlineData("Report an error", true)]
    [InlineData("Editorial code of conduct", true)]
    [InlineData("Reporters who found an error in the filing told the board on Monday.", false)]
    public void A_dailys_gallery_button_and_error_report_links_are_furniture(string line, bool furniture) => Assert.Equal(furniture, BoilerplateFilter.IsBoilerplate(line));

    [Theory]
    [InlineData("1/10", true)]
    [InlineData("  12/12", true)]
    [InlineData("[]", true)]
    [InlineData("Image Title", true)]
    [InlineData("24/7", false)]
    [InlineData("0/5", false)]
    [InlineData("1/10 of the harvest was lost to the frost.", false)]
    [InlineData("[Harbour at dawn]", false)]
    public void A_photo_viewers_counter_empty_picture_and_placeholder_caption_are_furniture(string line, bool furniture) =>
        Assert.Equal(furniture, BoilerplateFilter.IsBoilerplate(line));

    [Theory]
    [InlineData("Möchten Sie weiterlesen?", true)]
    [InlineData("Want to keep reading?", true)]
    [InlineData("Vous souhaitez lire la suite ?", true)]
    [InlineData("Want to keep reading about the harbour, the council said, go to the library.", false)]
    public void A_paywall_boxs_question_is_where_the_shown_text_ends(string line, bool paywall) => Assert.Equal(paywall, BoilerplateFilter.IsPaywallNotice(line));

    [Theory]
    [InlineData("E-Paper", true)]
    [InlineData("ePaper", true)]
    [InlineData("E-paper readers can turn the pages as in print, the publisher said.", false)]
    public void A_papers_link_to_its_digital_print_edition_is_furniture(string line, bool furniture) => Assert.Equal(furniture, BoilerplateFilter.IsBoilerplate(line));

    [Theory]
    [InlineData("Featured advertisers", true)]
    [InlineData("Featured in the show were advertisers from three states.", false)]
    public void A_paper_advertisers_box_label_is_furniture(string line, bool furniture) => Assert.Equal(furniture, BoilerplateFilter.IsBoilerplate(line));

    [Theory]
    [InlineData("« Previous post: Boehner's bill heads for a Senate wall", true)]
    [InlineData("Next post: The shutdown clock, day by day »", true)]
    [InlineData("« Previous post was a mistake », the editor wrote in a note to readers.", false)]
    [InlineData("« Previously, the council said the budget was balanced, and nobody asked.", false)]
    public void A_labelled_link_to_the_blogs_previous_post_is_furniture(string line, bool furniture) =>
        Assert.Equal(furniture, BoilerplateFilter.IsBoilerplate(line));

    [Theory]
    [InlineData("1 of 3 Next View All Photos", true)]
    [InlineData("Slide 2 of 9", true)]
    [InlineData("Loading Slideshow 10 Fees Airlines Charge", true)]
    [InlineData("1 of 3 residents said they would move.", false)]
    public void A_galleries_counter_with_its_buttons_and_an_unloaded_slideshow_are_furniture(string line, bool furniture) =>
        Assert.Equal(furniture, BoilerplateFilter.IsBoilerplate(line));

    [Theory]
    [InlineData("Translator: Leila Moshiri", true)]
    [InlineData("Translated by Leila Moshiri", true)]
    [InlineData("Translated from Persian by Leila Moshiri.", true)]
    [InlineData("Translated by the ministry, the letter was read aloud at the hearing.", false)]
    [InlineData("Translated into six languages by volunteers, the guide is free.", false)]
    public void A_translators_credit_is_no_text(string line, bool credit) => Assert.Equal(credit, BoilerplateFilter.IsBoilerplate(line));

    [Theory]
    [InlineData("Join us on Facebook.com/CNNOpinion.", true)]
    [InlineData("Refresh", true)]
    [InlineData("Return to Transcripts main page", true)]
    [InlineData("THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM AND MAY BE UPDATED.", true)]
    [InlineData("Join us on Saturday for the parade down Main Street.", false)]
    public void A_columns_follow_prompt_a_live_blogs_button_and_a_transcripts_notices_are_furniture(string line, bool furniture) =>
        Assert.Equal(furniture, BoilerplateFilter.IsBoilerplate(line));

    [Theory]
    [InlineData("Now Playing", false)]
    [InlineData("Up Next", false)]
    [InlineData("Dana Hollis", true)]
    public void A_players_label_names_nobody(string line, bool name) => Assert.Equal(name, Words.LooksLikePersonName(line));

    [Theory]
    [InlineData("Photo of Derek Hanley", true)]
    [InlineData("Photo of the day: fog over the harbor", false)]
    [InlineData("Get Paul's RSS feed | Get Blue Marble on Twitter", true)]
    [InlineData("Get Paul's RSS feed", true)]
    [InlineData("Get ready for a long fight over the budget, the speaker said on Twitter", false)]
    [InlineData("Add to blog", true)]
    [InlineData("Print version", true)]
    public void A_byline_boxs_portrait_alt_feed_links_and_article_tools_are_no_text(string line, bool furniture) =>
        Assert.Equal(furniture, BoilerplateFilter.IsBoilerplate(line));

    [Theory]
    [InlineData("Audio: Listen to the story (PM)", true)]
    [InlineData("Video: Abbott's first press conference as PM (SCN News)", true)]
    [InlineData("Audio: the minister said the recording was genuine.", false)]
    public void A_players_teaser_line_is_no_text(string line, bool teaser) => Assert.Equal(teaser, BoilerplateFilter.IsVideoTeaserLine(line));

    [Theory]
    [InlineData("With files from The Canadian Press", true)]
    [InlineData("With a report from Lena Sorensen in New York", true)]
    [InlineData("With files from the province, the inspectors found that three of the plants had failed to report leaks.", false)]
    public void A_with_files_from_credit_is_no_text(string line, bool credit) => Assert.Equal(credit, BoilerplateFilter.IsWithFilesCredit(line));

    [Theory]
    [InlineData("Rating: 2 out of 5 stars", true)]
    [InlineData("Rated PG-13 | Runtime: 1 hr 52 min | Genre: Thriller | Director: Pia Halloran | Cast: Rhys Delancey, Mona Sattari", true)]
    [InlineData("Rated R for violence and language", false)]
    [InlineData("To contact the author of this post, write to owen@gamebyte.com or find him on Twitter @opatridge.", true)]
    [InlineData("Rated PG-13, the film opens Friday at theaters nationwide.", false)]
    public void A_reviews_rating_and_facts_and_a_networks_contact_line_are_furniture(string line, bool furniture) =>
        Assert.Equal(furniture, BoilerplateFilter.IsBoilerplate(line));

    [Theory]
    [InlineData("Reach Reyes at (803) 555-0160.", true)]
    [InlineData("Contact Dana Whitcomb at 555-0188.", true)]
    [InlineData("Staff Writer Colleen Marsh can be contacted at 555-0119 or cmarsh@portellisledger.com", true)]
    [InlineData("Reach the summit at 4,500 feet before noon.", false)]
    [InlineData("Contact with the crew was lost at 2013.", false)]
    [InlineData("Write to Andrea Kovacs at andrea.kovacs@esj.com and Peter Lindgren at peter.lindgren@esj.com", true)]
    [InlineData("Write to the council before the hearing on Oct. 3, the mayor urged residents.", false)]
    [InlineData("A version of this article appeared September 25, 2013, on page A4 in the U.S. edition of The Exchange Street Journal.", true)]
    public void A_writers_telephone_line_under_the_text_is_furniture(string line, bool furniture) => Assert.Equal(furniture, BoilerplateFilter.IsBoilerplate(line));

    [Theory]
    [InlineData("Health News » UK News » Health » North Yorkshire »")]
    [InlineData("Home » News » Health » News")]
    public void A_row_of_section_links_with_arrows_is_furniture(string line) => Assert.True(BoilerplateFilter.IsBoilerplate(line));

    [Theory]
    [InlineData("Wohnen in München: Alle Artikel zum Thema", true)]
    [InlineData("Réforme des retraites : tous nos articles", true)]
    [InlineData("Sie sagte: Alle Artikel des Vertrags gelten weiter.", false)]
    public void A_link_to_the_topics_page_is_furniture(string line, bool furniture) => Assert.Equal(furniture, BoilerplateFilter.IsBoilerplate(line));

    [Theory]
    [InlineData("Valoración * * * - - (3 votos) | Comentarios (5)", true)]
    [InlineData("Bewertung: ★★★☆☆ (12 Stimmen)", true)]
    [InlineData("(tmo, derMorgen.at, 12.3.2013)", true)]
    [InlineData("Facebook Twitter Google+ Drucken Senden", true)]
    [InlineData("Partager Courriel Imprimer Commentaires (12) Agrandir le texte", true)]
    [InlineData("Tweeter Commentaires", true)] // the French tweet button
    [InlineData("Rejoindre la discussion...", true)] // Disqus' comment box placeholder in French
    [InlineData("Únete a la discusión…", true)]
    [InlineData("Connexion", true)] // Disqus' French login link over the box
    [InlineData("Compartir Tuitear Comentarios", true)]
    [InlineData("Partager sur Facebook | Twitter", true)]
    [InlineData("Teilen auf Facebook Twitter", true)]
    [InlineData("Deel op Facebook Tweet E-mail Print", true)]
    [InlineData("Deel op Facebook wat je van de dijken vindt", false)]
    [InlineData("Sur Facebook, la maire a répondu aux parents dès lundi soir.", false)]
    [InlineData("Rating agencies cut the city's bonds after the vote (3 votes against).", false)]
    [InlineData("Partager cet article : Facebook Twitter Google+", true)]
    [InlineData("Article précédent | Article suivant", true)]
    [InlineData("Dieser Beitrag wurde unter Feuerwehr, Gemeinde veröffentlicht. Setze ein Lesezeichen auf den Permalink.", true)]
    public void Continental_article_tools_ratings_and_sign_offs_are_furniture(string line, bool furniture) => Assert.Equal(furniture, BoilerplateFilter.IsBoilerplate(line));

    [Theory]
    [InlineData("SOURCE Larkspur Health Systems", true)]
    [InlineData("SOURCE Tessaline Foods Inc.", true)] // the legal form's full stop ends no sentence
    [InlineData("Via Handset Daily", true)]
    [InlineData("VIA: WRISTWATCH WIRE", true)] // the template's label in capitals
    [InlineData("Theme: Folio by Hendrik. Powered by Tumblr.", true)] // a blog theme's credit before the platform's
    [InlineData("blog comments powered by Disqus", true)] // the comment system's credit under a thread it did not print
    [InlineData("Document Actions", true)] // Plone's label over "Send this" / "Print this"
    [InlineData("Get link", true)] // Blogger's share button
    [InlineData("Written by", true)] // a label over the writer's card
    [InlineData("Written by Mara Ellison", false)]
    [InlineData("Share: Twitter Reddit Hacker News", true)]
    [InlineData("Source: the county clerk's office said the count was final.", false)]
    public void Source_theme_and_platform_credits_and_share_rows_are_furniture(string line, bool furniture) => Assert.Equal(furniture, BoilerplateFilter.IsBoilerplate(line));

    [Theory]
    [InlineData("report this ad")]
    [InlineData("REPORT THIS AD")]
    [InlineData("inRead invented by Teads")]
    public void An_ad_networks_label_is_boilerplate(string line) => Assert.True(BoilerplateFilter.IsBoilerplate(line));

    [Fact]
    public void A_sentence_asking_readers_to_report_an_ad_stays() =>
        Assert.False(BoilerplateFilter.IsBoilerplate("Readers who see a misleading ad can report this ad to the state's consumer office."));

    [Fact]
    public void An_obituarys_button_row_is_boilerplate() =>
        Assert.True(BoilerplateFilter.IsBoilerplate("Send Flowers"));

    [Fact]
    public void A_sentence_about_sending_flowers_stays() =>
        Assert.False(BoilerplateFilter.IsBoilerplate("Send flowers to the church, not the house."));

    [Theory]
    [InlineData("Share 1.2k Tweet Email Comment about the plan")]
    [InlineData("The k Tweet")]
    public void A_count_in_thousands_makes_no_widget_of_other_words(string line) =>
        Assert.False(BoilerplateFilter.IsBoilerplate(line));

    [Fact]
    public void A_sentence_with_an_arrow_in_it_stays() =>
        Assert.False(BoilerplateFilter.IsBoilerplate("The route runs Millbrook » Harlan » Elm Grove, and the council wants a fourth stop before the bridge."));

    [Theory]
    [InlineData("Twitter / Facebook / RSS", true)] // a blog's "Follow Us" links between the headline and the text
    [InlineData("Instagram · YouTube · RSS", true)]
    [InlineData("RSS", true)]
    [InlineData("The RSS reader outlived its YouTube rival", false)]
    public void A_row_of_follow_links_is_furniture(string line, bool furniture) => Assert.Equal(furniture, BoilerplateFilter.IsBoilerplate(line));

    [Theory]
    [InlineData("I Accept", true)] // a cookie dialog's button
    [InlineData("When you purchase through links on our site, we may earn an affiliate commission. Here's how it works.", true)]
    [InlineData("We may earn a commission from links on this page.", true)]
    [InlineData("I accept the council's apology, the mayor said.", false)]
    [InlineData("This post originally appeared on Harbour Notes.", true)] // a repost's note over the text

    public void Consent_buttons_affiliate_and_repost_notices_are_furniture(string line, bool furniture) => Assert.Equal(furniture, BoilerplateFilter.IsBoilerplate(line));

    [Theory]
    [InlineData("2,311 Share Tweet Email Comment")]
    [InlineData("Share 1.2k Tweet Email Comment")]
    [InlineData("Like 3K Share 12 Tweet")]
    [InlineData("* Share this on Facebook")]
    [InlineData("• Share this on Twitter")]
    [InlineData("Advertisement")]
    [InlineData("━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━")]
    [InlineData("* * *")]
    [InlineData("We value your privacy")]
    [InlineData("You have read 3 of 4 free articles this month")]
    [InlineData("Support us")]
    [InlineData("Text larger · smaller")]
    [InlineData("#alternate alternate The Ashby Ledger » Feed The Ashby Ledger » Comments Feed")]
    [InlineData("Please note that some processing of your personal data may not require your consent, but you have a right to object to such processing.")]
    [InlineData("* Font Size: Default font size. Larger font size.")]
    [InlineData("★★★½ (out of four)")]
    [InlineData("Curtir Tweetar Compartilhar Comentários (5)")]
    [InlineData("Delen Tweet Mail Reacties (4)")]
    [InlineData("Del på Facebook Del på Twitter Send Print")]
    [InlineData("Facebook Twitter Correo Imprimir A- A+")]
    [InlineData("LÄS ÄVEN: Så väljer du rätt vinterdäck")]
    [InlineData("Gift Article")]
    [InlineData("Comments are not enabled for this story.")]
    [InlineData("Discussion comments are closed for this story.")]
    [InlineData("See our privacy notice")]
    [InlineData("Read: Hong Kong's democracy debate explained")]
    [InlineData("By signing up, you agree to our Privacy Notice and European users agree to the data transfer policy.")]
    [InlineData("Thanks for reading The Marginal Ledger! Subscribe for free to receive new posts and support my work.")]
    [InlineData("To find out more about Vera Castellanos and read features by other Creators Syndicate writers and cartoonists, visit the Creators Syndicate website at www.creators.com.")]
    [InlineData("NPN gebruikt cookies")]
    [InlineData("Wij en onze partners gebruiken cookies en vergelijkbare technieken om advertenties en content te personaliseren.")]
    [InlineData("Nieuwsnet.nl vraagt je toestemming")]
    [InlineData("Your privacy choices")]
    [InlineData("Ihre Privatsphäre ist uns wichtig")]
    [InlineData("Get the week’s best science stories every Friday.")]
    [InlineData("Recevez chaque matin l'essentiel de l'actualité.")]
    [InlineData("Die wichtigsten Nachrichten aus Wirtschaft und Politik, jeden Morgen um 6 Uhr in Ihrem Postfach.")]
    [InlineData("Recibí en tu mail las noticias más importantes del día.")]
    [InlineData("Der EZ-Newsletter")]
    [InlineData("Receba a newsletter FolhaMercado")]
    [InlineData("Marisol Ueda covers transportation and the islands for The Ashby Ledger. View all posts by Marisol Ueda")]
    [InlineData("Nora covers business and downtown development for the Ledger. View more posts")]
    [InlineData("Go to the profile of Rhiannon Vale")]
    [InlineData("Now playing: Lawmakers trade blame as shutdown begins")]
    [InlineData("Breaking Egypt court orders release of former president • Obama weighs options on Syria after meeting advisers • Floods kill 30 in Pakistan")]
    [InlineData("Have a correction? Let us know.")]
    [InlineData("You have 2 free articles remaining this month.")]
    [InlineData("The Canyon Current is a nonprofit newsroom. Your gift keeps our reporting free for everyone.")]
    [InlineData("Lakeshore: 18°F, snow")]
    [InlineData("Digg this Save to del.icio.us Email this")]
    [InlineData("ShareTweetEmail")]
    [InlineData("Facebook Twitter Email More…")]
    [InlineData("Play0:002:14MuteFullscreen")]
    [InlineData("NewerOlder")]
    [InlineData("Facebook Twitter WhatsApp Enviar por correo Imprimir Comentar")]
    [InlineData("Facebook Whatsapp Twitter Messenger Linkedin E-mail Copiar link")]
    [InlineData("Bebo Facebook Twitter Email a friend")]
    [InlineData("Printer friendly | E-mail this story")]
    [InlineData("Read more from: Rail shortage")]
    [InlineData("Send Feedback")]
    [InlineData("Previous Post")]
    [InlineData("Audio Ebola Outbreak Tops Regional Agenda")]
    [InlineData("This article first appeared on POLITIQ Pro at 5:10 p.m. on November 13, 2013.")]
    [InlineData("The opinions expressed are the author's own. They do not reflect the views of Meridian News.")]
    [InlineData("This post may contain affiliate links. See my disclosure policy for details.")]
    [InlineData("Slide 2 of 9")]
    [InlineData("Image 1 of 2")]
    [InlineData("Print Recipe")]
    [InlineData("Jump to recipe")]
    [InlineData("Load Comments")]
    [InlineData("BONUS: 10 Apps Every College Student Needs")]
    [InlineData("Please follow Strategy on Twitter and Facebook.")]
    [InlineData("Reviewed by Harold Stein, MD")]
    [InlineData("Recipe by The Crumb Diaries")]
    [InlineData("Journal reference: Gut Microbes, DOI: 10.1000/gm.2014.0412")]
    [InlineData("Magazine issue 2965. Subscribe and save")]
    [InlineData("We respect your privacy.")]
    [InlineData("Sign in Help")]
    [InlineData("Share Tweet Log in")]
    [InlineData("Você atingiu o limite de 5 reportagens por mês.")]
    [InlineData("Reactions are loading…")]
    [InlineData("Published in News")]
    [InlineData("Posted inFood & Drink")]
    [InlineData("The opinions in Politics.co.uk's Comment section are those of the author.")]
    [InlineData("The views expressed on this blog are solely those of the writers.")]
    [InlineData("3. pdxspokes reblogged this from fremontriders")]
    [InlineData("m-ostrowski likes this")]
    [InlineData("14 Notes")]
    [InlineData("• < Prev")]
    [InlineData("* Next >")]
    [InlineData("Like Tweet Pin it Email")]
    [InlineData("Tweet Share Email Print Have your say »")]
    [InlineData("Facebook Twitter Google+ Envoyer Imprimer « Réagir » (3)")]
    [InlineData("Facebook Twitter Tuenti Enviar Comentarios (5)")]
    [InlineData("Listening...")]
    [InlineData("Reach Katie Brandvold at 555-0188 or kbrandvold@carverfallscourier.com.")]
    [InlineData("React Amazing Inspiring Funny Scary Hot Crazy Important Weird")]
    [InlineData("What's your reaction? LOL WIN OMG CUTE FAIL")]
    [InlineData("Filed by Alisha Grant | Report Corrections")]
    [InlineData("Filed by Mara Lindqvist")]
    [InlineData("Suggest a correction")]
    [InlineData("A version of this article appeared in print on October 22, 2012, on page A18 of the New York edition with the headline: Small Schools, Big Bills.")]
    [InlineData("Terms of Service | Privacy Policy | Contact Us")]
    [InlineData("By using this site, you agree to the Terms of Use and the Privacy Policy of the Millbrook Ledger and its partners.")]
    [InlineData("Use of this website constitutes acceptance of our User Agreement and Privacy Policy, updated on 5/25/2018.")]
    public void Share_rows_their_counts_and_their_list_items_are_boilerplate(string line) => Assert.True(BoilerplateFilter.IsBoilerplate(line));

    [Theory]
    [InlineData("Published in 1998, the report found the river unsafe.")]
    [InlineData("Nobody in the village liked this.")]
    [InlineData("Sign here")]
    [InlineData("Share prices fell")]
    [InlineData("The board reblogged this from the county's feed in error, a spokeswoman said.")]
    [InlineData("Shares rose 2,311 points on Tuesday after the report.")]
    [InlineData("Supporters say the plan will cut commuting times by a third.")]
    [InlineData("The text is larger than the one the council approved in May.")]
    [InlineData("* Residents will vote on the plan in May")]
    [InlineData("Under the new law, companies must ask for consent before they process personal data, the regulator said.")]
    [InlineData("To find out more about the festival, visit the library's website.")]
    [InlineData("The critics gave it three and a half stars out of four.")]
    [InlineData("The farmers market is held every Thursday in the library parking lot.")]
    [InlineData("The paper's newsletter reached 40,000 readers last year, its editor said.")]
    [InlineData("The plan • approved in May • goes to the voters in the fall, officials said.")]
    [InlineData("Temperatures reached 104°F on Sunday.")]
    [InlineData("McDonald")]
    [InlineData("iPhone")]
    [InlineData("Audio recordings released on Tuesday show the pilot asking for help.")]
    [InlineData("One of 3 residents said the slide of 2012 was worse.")]
    [InlineData("Please follow the detour signs on Route 9 until Friday.")]
    [InlineData("Like it or not, the pin stays in the map.")]
    [InlineData("React quickly, officials told residents near the river.")]
    [InlineData("Reactions were mixed among the council members on Tuesday")]
    [InlineData("Filed by parents of 23 students, the suit seeks $1.9 million.")]
    [InlineData("The company changed its privacy policy last week, and users who object have until Friday to delete their accounts.")]
    [InlineData("Instagram's new terms of service, published Monday, would let it sell users' photos to advertisers, critics said.")]
    [InlineData("The views of the residents are those of the council, she said, and the vote will show it.")]
    [InlineData("Posted inside the town hall on Monday, the notice drew a crowd.")]
    public void Text_is_no_boilerplate(string line) => Assert.False(BoilerplateFilter.IsBoilerplate(line));

    [Theory]
    [InlineData("Listen · 3:42", true)]
    [InlineData("Play 0:00 / 1:48", true)]
    [InlineData("10:42 PM ET", false)]
    [InlineData("Playoff game moved to 7:30", false)]
    public void A_players_length_is_told_from_a_clock(string line, bool duration) => Assert.Equal(duration, BoilerplateFilter.IsPlayerDuration(line));

    [Theory]
    [InlineData("Trending in U.S.", true)]
    [InlineData("Trending Stories", true)]
    [InlineData("More from the station's D.C. bureau", true)]
    [InlineData("Other residents disagreed.", false)]
    [InlineData("Other voters stayed home in D.C.", false)]
    [InlineData("Read more on Sluice:", true)]
    [InlineData("Next Up In Politics & Policy", true)]
    [InlineData("Related reviews", true)]
    [InlineData("Next up in the hearing was the mayor.", false)]
    [InlineData("Meer binnenland", true)]
    [InlineData("Meer dan vierhonderd trekkers", false)]
    [InlineData("You May Like", true)]
    [InlineData("Navigation des articles", true)]
    [InlineData("More world news from NBX News:", true)]
    [InlineData("Featured Content", true)]
    [InlineData("More than 40 people came to the meeting: most of them were parents.", false)]
    [InlineData("Saiba mais", true)]
    [InlineData("Zum Thema", true)]
    [InlineData("Meer nieuws uit Veendijk", true)]
    [InlineData("Mer om bilar", true)]
    [InlineData("From Around the Web", true)]
    [InlineData("Mer om detta skriver vi i morgon.", false)]
    [InlineData("Read more posts on Market Insider Travel »", true)]
    [InlineData("More posts from the Capitol Bureau", true)]
    [InlineData("More Posts in Harbour Watch", true)]
    [InlineData("More posts in the archive were deleted.", false)]
    [InlineData("ALSO:", true)]
    [InlineData("Also, the council voted.", false)]
    [InlineData("MOST READ NEWS", true)]
    [InlineData("From the Archive", true)]
    [InlineData("From the archive of the historical society, the letters tell another story.", false)]
    public void A_related_heading_may_end_in_an_abbreviation_but_not_a_sentence(string line, bool heading) =>
        Assert.Equal(heading, BoilerplateFilter.IsRelatedHeading(line));

    [Theory]
    [InlineData("More like these", true)]
    [InlineData("More like this", true)]
    [InlineData("More like these boats were built in the yard before the war.", false)]
    public void More_like_these_heads_similar_stories_as_more_like_this_does(string line, bool heading) =>
        Assert.Equal(heading, BoilerplateFilter.IsRelatedHeading(line));

    [Theory]
    [InlineData("Voice of Freedom's Kwame Asante contributed to this report from Accra.", true)]
    [InlineData("CNN's Amir Haddad contributed to this report.", true)]
    [InlineData("Three reporters contributed to this report from the capital and the towns along the river valley.", false)]
    [InlineData("Owen Marsh contributed reporting from New York.", true)]
    [InlineData("—Marisa Quell contributed to this article.", true)]
    [InlineData("Two volunteers contributed reporting from every polling station in the county and the city.", false)]
    [InlineData("Atlantic Press writer Henry Blaine contributed from the United Nations.", true)]
    [InlineData("Most of the money for the new library wing was contributed from abroad.", false)]
    [InlineData("Information from SportsCenter Network's Kyle Merriman and The Associated Press was used in this report.", true)]
    [InlineData("The same drill was used in this report's test of the new levee.", false)]
    public void A_contributor_credit_may_name_the_place_reported_from(string line, bool credit) =>
        Assert.Equal(credit, BoilerplateFilter.IsContributorCredit(line));

    [Theory]
    [InlineData("Lena Brook and Ivo Marsh contributed.", true)]
    [InlineData("Lena Brook, Ivo Marsh and Dana Whitcomb contributed.", true)]
    [InlineData("Every family on the street contributed.", false)]
    [InlineData("The county and the state contributed.", false)]
    [InlineData("Lena Brook and Ivo Marsh contributed to the fund.", false)]
    public void A_bare_contributed_line_of_names_is_a_credit(string line, bool credit) =>
        Assert.Equal(credit, BoilerplateFilter.IsContributorCredit(line));

    [Theory]
    [InlineData("Register to continue reading")]
    [InlineData("Subscribe to continue reading")]
    public void A_registration_walls_notice_ends_the_shown_text(string line) => Assert.True(BoilerplateFilter.IsPaywallNotice(line));

    [Theory]
    [InlineData("Recommended by 3 users", true)]
    [InlineData("Post Category: Gadget Lab", true)]
    [InlineData("Next Story: Three Things We Learned From The Latest App Store Numbers", true)]
    [InlineData("Recommended by doctors for years, the drug is now under review.", false)]
    public void Vote_counts_category_lines_and_next_story_links_are_furniture(string line, bool expected) => Assert.Equal(expected, BoilerplateFilter.IsBoilerplate(line));

    [Theory]
    [InlineData("Gretchen Voss-Aldana is a writer in Iowa City. More Gretchen Voss-Aldana", true)]
    [InlineData("She said she wanted more. More Than Words played on the radio", false)]
    public void A_biography_closing_with_more_and_the_writers_name_is_furniture(string line, bool furniture) =>
        Assert.Equal(furniture, BoilerplateFilter.IsBoilerplate(line));

    [Theory]
    [InlineData("URL: http://www.muenchner-tagesblatt.example/bayern/kommunalfinanzen-schwimmbad-1.1622", true)]
    [InlineData("URL shorteners hide where a link leads, the council was told.", false)]
    public void A_print_views_address_line_is_furniture(string line, bool furniture) => Assert.Equal(furniture, BoilerplateFilter.IsBoilerplate(line));

    [Theory]
    [InlineData("Box score", true)]
    [InlineData("To submit a community event, email events@oakridgeweekly.com.", true)]
    [InlineData("The box score showed 14 turnovers for Central.", false)]
    public void A_box_score_link_and_a_call_for_events_are_furniture(string line, bool furniture) => Assert.Equal(furniture, BoilerplateFilter.IsBoilerplate(line));

    [Fact]
    public void An_event_details_box_under_the_text_is_no_body()
    {
        var lines = new PageLines(TextLine.Split("Event details:\n\nWhen: Tuesday, Feb. 12, 5 to 7 p.m.\n\nWhere: St. Brendan's parish hall, 220 Church St."));

        Assert.True(TravelInfoBox.Is(lines, 0));
        Assert.True(TravelInfoBox.Is(lines, 4));
    }

    [Theory]
    [InlineData("Related NPB Stories", true)]
    [InlineData("RELATED NPB STORIES", true)]
    [InlineData("Related Sentinel Coverage", true)]
    [InlineData("Related groups say the stories were true", false)]
    [InlineData("Related iReports", true)]
    [InlineData("Related Videos", true)]
    [InlineData("Related Topics", false)]
    [InlineData("Related items", false)]
    public void A_related_heading_may_name_the_site(string line, bool heading) => Assert.Equal(heading, BoilerplateFilter.IsRelatedHeading(line));

    [Fact]
    public void A_wire_services_additional_reporting_line_is_furniture() =>
        Assert.True(BoilerplateFilter.IsBoilerplate("(Additional reporting by Grace Odhiambo in Nairobi; Editing by Ralph Boulton)"));

    [Theory]
    [InlineData("Don't Miss: 13 Charts That Explain Where The Economy Goes Next", true)]
    [InlineData("Earlier post: Kenya mall attack: What we know", true)]
    [InlineData("Add your Story", true)]
    [InlineData("SEE THE FULL LIST OF WINNERS", true)]
    [InlineData("SEE ALSO THE WINNERS.", false)]
    [InlineData("Have something to add to this story? Share it in the comments.", true)]
    [InlineData("Who was your best dressed? Tell us in the comments below!", false)]
    [InlineData("See the full list of winners at the academy's site.", false)]
    public void Links_and_prompts_under_the_text_are_furniture(string line, bool furniture) => Assert.Equal(furniture, BoilerplateFilter.IsBoilerplate(line));

    [Theory]
    [InlineData("Road Closures Around Southeast D.C.", true)]
    [InlineData("The march ended in Washington, D.C.", false)]
    public void A_title_case_link_may_end_in_an_abbreviations_stop(string line, bool link) => Assert.Equal(link, BoilerplateFilter.LooksLikeLinkText(line));

    [Theory]
    [InlineData("Revealed: The 'white widow' linked to Nairobi mall...", true)]
    [InlineData("Kenya mall siege: Survivors' stories as gunmen…", true)]
    [InlineData("She said she would wait and see. Then...", false)] // a sentence trailing off after a full one
    [InlineData("...", false)]
    public void A_rail_cuts_a_long_headline_with_an_ellipsis(string line, bool link) => Assert.Equal(link, BoilerplateFilter.LooksLikeLinkText(line));

    [Theory]
    [InlineData("Give a gift", true)]
    [InlineData("Renew", true)]
    [InlineData("Customer service", true)]
    [InlineData("Customer service at the bank has improved, the survey found.", false)]
    public void A_subscription_box_link_is_furniture(string line, bool furniture) => Assert.Equal(furniture, BoilerplateFilter.IsBoilerplate(line));

    [Theory]
    [InlineData("JUST WATCHED", true)]
    [InlineData("MUST WATCH", true)]
    [InlineData("Just watch the vote", false)]
    public void A_cable_players_labels_are_video_labels(string line, bool label) => Assert.Equal(label, BoilerplateFilter.IsVideoLabel(line));

    [Theory]
    [InlineData("Read or Share this story: http://ledg.rs/1dFx9Tq", true)]
    [InlineData("Readers may share this story with friends, the editor said.", false)]
    public void A_read_or_share_link_is_furniture(string line, bool furniture) => Assert.Equal(furniture, BoilerplateFilter.IsBoilerplate(line));

    [Theory]
    [InlineData("Next Up", true)]
    [InlineData("NEXT UP:", true)]
    [InlineData("Next up, the harbour board votes on the fares.", false)]
    public void A_next_up_heading_heads_links_to_other_stories(string line, bool heading) => Assert.Equal(heading, BoilerplateFilter.IsRelatedHeading(line));

    [Fact]
    public void A_next_up_heading_over_teaser_cards_in_the_article_ends_the_text()
    {
        var page = ColumnGuidePage.Parse();

        Assert.DoesNotContain("Next Up", page.BodyParagraphs);
        Assert.DoesNotContain(page.BodyParagraphs, paragraph => paragraph.Contains("Pilots return to the estuary", StringComparison.Ordinal));
        Assert.EndsWith("gone back to the day boats.", page.BodyParagraphs[^1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Part of complete coverage on", true)]
    [InlineData("We recommend", true)]
    [InlineData("Recommended Reading", true)]
    [InlineData("We recommend that drivers slow down.", false)]
    public void A_package_or_recommendation_rail_heading_is_related(string line, bool related) => Assert.Equal(related, BoilerplateFilter.IsRelatedHeading(line));

    [Theory]
    [InlineData("Get the free newsletter: Millbrook Corner's morning email has the news your neighbors are talking about.", true)]
    [InlineData("Get the free newsletter", true)]
    [InlineData("Getting the free paper to every porch on the route takes two drivers and a volunteer, Ruiz said.", false)]
    public void A_hyperlocal_sites_newsletter_pitch_is_furniture(string line, bool furniture) => Assert.Equal(furniture, BoilerplateFilter.IsBoilerplate(line));

    [Theory]
    [InlineData("You have viewed 2 of 3 free articles this month.", true)]
    [InlineData("Register now for unlimited access to Corrugated & Carton Today. Registration is free.", true)]
    [InlineData("Already a member? Log in", true)]
    [InlineData("Members who registered before Oct. 1 get a discount, the association said.", false)]
    public void A_meters_notice_over_a_whole_story_is_furniture(string line, bool furniture) => Assert.Equal(furniture, BoilerplateFilter.IsBoilerplate(line));

    [Theory]
    [InlineData("Print Font Size: A A", true)]
    [InlineData("Print Email Font Size: A A", true)]
    [InlineData("The font size on the ballot was too small, voters said.", false)]
    public void A_tool_row_with_a_font_size_control_is_furniture(string line, bool furniture) => Assert.Equal(furniture, BoilerplateFilter.IsBoilerplate(line));

    [Fact]
    public void Tools_parted_by_bars_are_furniture_whatever_their_length()
    {
        Assert.True(BoilerplateFilter.IsBoilerplate("Print this page | Back to News"));
        Assert.True(BoilerplateFilter.IsBoilerplate("Print this article | E-mail this article | Back to News"));
        Assert.True(BoilerplateFilter.IsBoilerplate("Printer friendly | More local news"));
    }

    [Fact]
    public void A_barred_line_with_one_unknown_part_is_not_furniture()
    {
        Assert.False(BoilerplateFilter.IsBoilerplate("Print this page | Bixby Creek library marks 100 years"));
    }

    [Fact]
    public void A_bracketed_row_of_a_commenters_links_is_furniture()
    {
        Assert.True(BoilerplateFilter.IsBoilerplate("(User Info | Send a Message)"));
        Assert.False(BoilerplateFilter.IsBoilerplate("(User Info | Send a Message to the trustees before Tuesday)"));
    }

    [Theory]
    [InlineData("Priscilla Danforth can be reached at 555-0142.", true)]
    [InlineData("Walt Ruiz can be reached at (803) 555-0160", true)]
    [InlineData("The hotline can be reached at all hours, the county said in 2013.", false)]
    [InlineData("Residents who need help can be reached at home by a nurse from 555-0142.", false)]
    public void A_writers_can_be_reached_line_with_a_telephone_number_alone_is_furniture(string line, bool furniture) => Assert.Equal(furniture, BoilerplateFilter.IsBoilerplate(line));

    [Theory]
    [InlineData("Relevant offers", true)]
    [InlineData("Relevant offers were made to the farmers by the council in August.", false)]
    public void A_news_sites_advertisers_box_label_inside_the_text_is_furniture(string line, bool furniture) => Assert.Equal(furniture, BoilerplateFilter.IsBoilerplate(line));

    [Theory]
    [InlineData("Previous Story", true)]
    [InlineData("Next Story", true)]
    [InlineData("NEXT ARTICLE", true)]
    [InlineData("The next story in the series follows the traders to Gikomba.", false)]
    public void A_news_cms_label_over_a_neighbouring_storys_headline_heads_links(string line, bool heading) => Assert.Equal(heading, BoilerplateFilter.IsRelatedHeading(line));

    [Theory]
    [InlineData("Más notas de Ciudad", true)]
    [InlineData("Más notas de la misma sección fueron publicadas ayer por el diario, según informó la redacción.", false)]
    public void An_argentine_papers_section_links_heading_is_furniture(string line, bool related) =>
        Assert.Equal(related, BoilerplateFilter.IsRelatedHeading(line));

    [Theory]
    [InlineData("Kapcsolódó cikkek", true)]
    [InlineData("Lisää aiheesta", true)]
    [InlineData("Povezane vijesti", true)]
    [InlineData("Kapcsolódó cikkek szerint a villamosok felújítása a tavasszal kezdődhet el.", false)]
    public void Finnish_hungarian_and_croatian_related_links_headings_are_furniture(string line, bool related) =>
        Assert.Equal(related, BoilerplateFilter.IsRelatedHeading(line));

    [Theory]
    [InlineData("MAINOS", true)]
    [InlineData("Hirdetés", true)]
    [InlineData("Megosztás   Tweet   E-mail   Nyomtatás", true)]
    [InlineData("Distribuie   Tweet   Printează", true)]
    [InlineData("LUE MYÖS: Hirvikolarit lisääntyvät syksyllä – näin vältät onnettomuuden", true)]
    [InlineData("CITEȘTE ȘI: Bucureștenii așteaptă de 20 de ani metroul în Drumul Taberei", true)]
    [InlineData("Pročitajte još: Jadrolinija od listopada smanjuje broj polazaka prema otocima", true)]
    [InlineData("Jaa ja hallitse: näin kaupunki jakoi rahat kouluille viime vuonna.", false)]
    public void Finnish_hungarian_romanian_and_croatian_page_furniture_is_no_text(string line, bool furniture) =>
        Assert.Equal(furniture, BoilerplateFilter.IsBoilerplate(line));

    [Theory]
    [InlineData("Submit", true)]
    [InlineData("Absenden", true)]
    [InlineData("Submit your questions to the council before the hearing on Tuesday.", false)]
    public void A_newsletter_boxs_button_is_furniture(string line, bool furniture) => Assert.Equal(furniture, BoilerplateFilter.IsBoilerplate(line));

    [Theory]
    [InlineData("Log In Log Out", true)]
    [InlineData("Log out", true)]
    [InlineData("Abbrechen", true)]
    [InlineData("Video schließen", true)]
    [InlineData("Cancel", true)]
    [InlineData("Social Login", true)]
    [InlineData("Sections Search Skip to content", true)]
    [InlineData("Sections of the new bypass open to traffic", false)]
    [InlineData("Cancel the contract, the council told the operator on Monday.", false)]
    public void A_dialogs_and_an_account_bars_buttons_are_furniture(string line, bool furniture) => Assert.Equal(furniture, BoilerplateFilter.IsBoilerplate(line));

    [Theory]
    [InlineData("Teile diesen Beitrag!", true)]
    [InlineData("Teile diesen Beitrag", true)]
    [InlineData("Teile des Beitrags stammen aus einer älteren Fassung.", false)]
    public void A_german_blogs_share_box_heading_is_furniture(string line, bool furniture) => Assert.Equal(furniture, BoilerplateFilter.IsBoilerplate(line));

    [Theory]
    [InlineData("About these ads", true)]
    [InlineData("About these ads, the council said nothing for a year.", false)]
    public void A_hosted_blogs_ad_link_of_2012_is_furniture(string line, bool furniture) => Assert.Equal(furniture, BoilerplateFilter.IsBoilerplate(line));

    [Theory]
    [InlineData("Previously Published on Harbour Notes", true)]
    [InlineData("Previously published on the ferry pilots' own blog", true)]
    [InlineData("Previously, published on the ferry's timetable, the early crossing left at six.", false)]
    [InlineData("The pilots' letter was previously published in the island paper.", false)]
    public void A_repost_note_naming_where_a_post_ran_first_is_furniture(string line, bool furniture) => Assert.Equal(furniture, BoilerplateFilter.IsBoilerplate(line));

    [Theory]
    [InlineData("0", true)]
    [InlineData("  * 0", true)]
    [InlineData("10", false)]
    [InlineData("0,5", false)]
    public void A_bare_zero_is_a_buttons_count_and_furniture(string line, bool furniture) => Assert.Equal(furniture, BoilerplateFilter.IsBoilerplate(line));

    [Fact]
    public void A_share_count_of_zero_between_the_caption_and_the_byline_is_no_paragraph_and_leaves_the_standfirst_over_it_out_of_the_text()
    {
        var page = FrenchStormPage.Parse();

        Assert.Equal("Orages : quelles communes ont reçu le plus de pluie cette nuit ?", page.Title);
        Assert.Equal(["Claire Dumas"], page.Authors);
        Assert.Equal(
            ["Des rues transformées en rivières : à Saint-Aubin, la station de la mairie a relevé 64 millimètres de pluie entre minuit et trois heures du matin.",
             "Au total, onze communes ont dépassé les 40 millimètres, selon les relevés publiés mercredi matin par le service départemental.",
             "Les pompiers sont intervenus plus de cent fois pendant la nuit, surtout pour des caves inondées et des arbres tombés sur la chaussée."],
            page.BodyParagraphs);
    }

    [Theory]
    [InlineData("Quick Links", true)]
    [InlineData("Social Sharing", true)]
    [InlineData("Quick links between the two ferry terminals are planned for the spring.", false)]
    public void A_menus_or_share_boxs_label_for_screen_readers_is_furniture(string line, bool furniture) => Assert.Equal(furniture, BoilerplateFilter.IsBoilerplate(line));

    [Theory]
    [InlineData("DOWNLOAD PDF", true)]
    [InlineData("PDF herunterladen", true)]
    [InlineData("Print | PDF", true)]
    [InlineData("Download the PDF of the council's budget here", false)]
    public void A_button_printing_the_post_to_a_file_is_furniture(string line, bool furniture) => Assert.Equal(furniture, BoilerplateFilter.IsBoilerplate(line));
}

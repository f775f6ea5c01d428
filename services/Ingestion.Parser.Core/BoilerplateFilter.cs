using System.Buffers;

namespace Ingestion.Parser.Core;

/// <summary>Lines that belong to the page's furniture rather than to the article: share widgets, ads, prompts, teasers.</summary>
internal static class BoilerplateFilter
{
    private static readonly WordSet WidgetWords = new(
    [
        "share", "shares", "share this", "tweet", "email", "e-mail", "mail", "print", "facebook", "twitter", "x", "linkedin", "pinterest", "whatsapp", "instagram", "youtube", "tiktok", "spotify", "vimeo", "snapchat", "xing", "rss",
        "pin", "reddit", "tumblr", "messenger", "telegram", "flipboard", "pocket", "sms", "copy", "link", "copy link", "save", "comments", "comment",
        "like", "follow", "us", "on", "via", "this", "story", "article", "+", "teilen", "twittern", "tweeter", "tuitear", "drucken", "partager", "imprimer",
        // The comment and subscribe buttons of German, French and Spanish pages (the Facebook plugin's submit button too).
        "kommentieren", "commenter", "comentar", "abonnieren", "s'abonner", "suscríbete", "suscribirse",
        // The same on Italian, Brazilian and Dutch pages ("Commenta", "Reageer", "Vind ik leuk", "Iscriviti", "Inscrever-se", "Abonneren").
        "commenta", "reageren", "reageer", "vind ik leuk", "iscriviti", "abbonati", "inscrever-se", "assine", "abonneren", "afdrukken",
        "compartir", "imprimir", "advertisement", "advertisements", "anzeige", "werbung", "publicité", "publicidad", "sponsored",
        // The link an ad network (WordPress.com's among them) sets under or over each ad it serves.
        "report this ad", "inread invented by teads",
        // The same link as WordPress.com labelled it in 2012–2014, over the ad under a post ("About these ads").
        "about these ads",
        // A newsletter box's button, which a text browser prints alone on its line.
        "submit", "absenden", "envoyer", "enviar",
        // A dialog's and an account bar's buttons: a search box's, a video layer's, a signed-in reader's.
        "cancel", "abbrechen", "annuler", "cancelar", "schließen", "video schließen", "fermer", "cerrar", "suchen", "rechercher", "buscar",
        "log out", "logout", "sign out", "abmelden", "se déconnecter", "cerrar sesión", "social login", "registrarme", "registrarse",
        // A skip link's and a cookie banner's buttons, and a German site's menu button beside its logo.
        "skip links", "more info", "more information", "menü",
        // The hidden heading over a header's row of social network buttons, which a text browser prints.
        "social network links", "social media links", "social links",
        // Blogger's share button's label, and a blogging platform's label over the writer's card ("Written by" / name / bio).
        "get link", "written by",
        // A signed-in reader's bookmark button in the article tools ("Ajouter à mes favoris").
        "add to favorites", "add to favourites", "ajouter à mes favoris", "ajouter aux favoris", "zu favoriten hinzufügen",
        // Plone's label over a page's "Send this" and "Print this" links.
        "document actions",
        // Advance Local's story template (2012–2015) sets a thread button in each share row under the text; a text browser
        // prints it alone on its line, where it read as the story's last paragraph.
        "view/post comments",
        "loading", "loading...", "like this", "related", "menu", "search", "home", "close", "next", "previous", "more", "read more",
        "continue reading", "skip to content", "skip to main content", "sign in", "log in", "anmelden", "einloggen", "se connecter", "connexion", "iniciar sesión", "accedi", "entrar", "inloggen", "subscribe", "add interest", "story highlights",
        // A photo viewer's placeholder caption, which a text browser prints with the viewer's empty dialog.
        "image title",
        "hide caption", "toggle caption", "enlarge this image", "image", "photo", "video", "play", "play video", "replay", "top", "back",
        "weiterlesen", "lire la suite", "leer más", "seguir leyendo", "mehr", "plus", "accept", "accept all", "reject all", "learn more", "i accept", "i agree", "search form",
        // A financial daily's heading over the correction it prints under the text (the correction itself is text).
        "corrections & amplifications", "corrections and amplifications",
        "allow all cookies", "manage preferences", "cookie settings", "change settings", "printer friendly", "e-mail this story", "email this story",
        "back to news", "hacker news", "ok", "got it", "donate", "faire un don", "spenden", "donar", "abonnement", "abonnements", "sections", "story continues", "min read",
        // ContinuedBelowMarker: the label a news template prints over the ad slot it opens in the text ("<p
        // class="story-continued">Story Continued Below</p>"): it points past the ad, no sentence of the story.
        "story continued below", "story continues below", "article continues below", "article continued below",
        "sign up", "email address", "your email", "gefällt", "mir", "lade", "…", "j’aime", "j'aime", "chargement", "chargement…", "me", "gusta",
        "cargando", "cargando…", "mi", "piace", "caricamento", "caricamento…", "curtir", "carregando", "carregando…", "zum inhalt springen",
        "aller au contenu", "saltar al contenido", "ir al contenido", "vai al contenuto", "pular para o conteúdo", "pubblicità", "publicidade",
        // The skip link opening a continental page, with or without "main" ("principal", "principale"), in Québec's wording too.
        "passer au contenu", "passer au contenu principal", "aller au contenu principal", "vai al contenuto principale", "ir al contenido principal",
        "saltar al contenido principal", "ir para o conteúdo", "ir para o conteúdo principal", "pular para o conteúdo principal", "ga naar de inhoud",
        "naar de inhoud", "naar hoofdinhoud", "direkt zum inhalt", "zum inhalt",
        "condividi", "twitta", "compartilhe", "compartilhar", "partilhar", "artikel", "teilen:", "register", "registrieren", "empfehlen",
        // "Condividi questo articolo: Facebook | Twitter", "Partager cet article", "Compartir este artículo", "Deel dit artikel":
        // the share row's label naming the story, two words joined as one button.
        "questo articolo", "cet article", "este artículo", "esta nota", "esta notícia", "este artigo", "dit artikel", "diesen artikel",
        // "Teile diesen Beitrag!": a German blog's share box heading in the familiar form, the post named "Beitrag".
        "teile", "diesen beitrag",
        // A newspaper recipe's tool row under its steps ("Print recipe | Email | Save to recipe box").
        "print recipe", "save to recipe box",
        "leserbrief", "schreiben", "recommend", "advertentie", "delen", "lees meer", "lees verder", "reuse this content",
        "restack", "restacks", "likes", "text size", "font size", "font resize", "accessibility links", "accessibility help", "skip to navigation", "jump to main content", "jump to content", "jump to navigation", "jump to search", "you are here", "stay connected", "skip ad", "click to skip ad", "you are here:", "sie sind hier", "sie sind hier:", "vous êtes ici", "vous êtes ici :", "skip to local navigation",
        // A paper's header link to its digital print edition ("E-Paper" beside "Abonnieren" and "App").
        "e-paper", "epaper",
        // "Quick Links" over the header's shortcut menu ("News" / "Sports" / "Radio"), "Social Sharing" over the share
        // buttons: a box's label for screen readers, no masthead.
        "quick links", "social sharing",
        // A mobile or AMP copy's link back to the desktop page ("View full site", "Full site"), and the desktop page's to the mobile one.
        "full site", "view full site", "desktop site", "view desktop site", "mobile site", "view mobile site",
        // A story's closing links: the jump back to the page's top ("Print" / "Email" / "Return to Top") and a paged long
        // read's link to its whole text ("Page 1 of 3 … Next page »" / "Single page view").
        "return to top", "single page view", "view as single page",
        // ContinuedOnNextPage: the link under the first page of a story split over pages ("Continued On Next Page >"),
        // alone in its block after the last paragraph: a pager, no paragraph.
        "continued on next page", "continue on next page", "continue to next page", "next page",
        // "Topix": the hosted forum a local paper of 2008–2014 embedded under its stories, its logo over the forum's links.
        "topix",
        "slideshow", "livefyre", "disqus", "connect", "posted", "of", "become a fan", "thumbs", "now", "udostępnij", "reklama", "przejdź do treści", "zaloguj się", "dela", "annons", "hoppa till innehåll", "logga in", "prenumerera",
        "del", "annonse", "annonce", "hopp til hovedinnhold", "gå til hovedindhold", "logg inn", "log ind",
        // The link to the front page that opens a Scandinavian, Dutch or Portuguese page over its menu ("Till startsidan",
        // "Til forsiden", "Naar de homepage", "Ir para a página inicial"), and the skip links spelled out in full.
        "till startsidan", "tillbaka till startsidan", "til forsiden", "gå til forsiden", "naar de homepage", "ir para a página inicial", "ir para o conteúdo",
        "hoppa till huvudinnehåll", "hopp til innhold", "naar de hoofdinhoud",
        // Finnish, Hungarian, Romanian and Croatian pages' skip links, ad markers and share and print buttons.
        "siirry pääsisältöön", "mainos", "jaa", "twiittaa", "tulosta", "lähetä", "kirjaudu",
        "ugrás a tartalomhoz", "hirdetés", "megosztás", "nyomtatás", "belépés",
        "sari la conținut", "publicitate", "distribuie", "trimite", "printează", "autentificare",
        "preskoči na sadržaj", "oglas", "podijeli", "pošalji", "ispis", "prijava",
        // A Czech page's skip link and account buttons ("Přeskočit na obsah", "Přihlásit", "Registrovat").
        "přeskočit na obsah", "přihlásit", "registrovat",
        "reply", "antworten", "répondre", "responder", "rispondi", "printable version", "trackback", "permalink", "discuss", "get alerts", "sharing", "more sharing", "skip to primary content", "skip to secondary content", "main menu", "navigation menu",
        "google", "google+", "recs", "see all photos", "tips and corrections", "report corrections", "suggest a correction", "pin it", "read bio", "all posts", "hide comments",
        "bookmark", "rating", "count", "support", "before you go", "text", "larger", "smaller", "about us", "today's paper",
        // An obituary's buttons: "Send Flowers", "Sign the Guest Book".
        "send flowers", "sign the guest book", "sign guest book",
        // A gallery's buttons beside its counter ("1 of 3 Next View All Photos").
        "view all", "all photos", "view all photos", "prev",
        // 2013 national portals: German, French, Spanish and Italian share rows and article tools.
        "versenden", "weiterempfehlen", "merken", "feedback", "forum", "nutzungsrechte", "kommentieren", "zur startseite", "zur großansicht", "diesen artikel...",
        "envoyer", "réagir", "classer", "agrandir", "enviar", "guardar", "recomendar", "twittear", "en", "a", "noticia", "corregir", "invia", "per", "stampa",
        "annuncio promozionale", "kommentare", "lesermeinungen", "commentaires", "réactions", "comentarios", "commenti",
        "fotostrecke", "bildergalerie", "bilder", "fotos", "photos", "diaporama", "galería", "fotogalería", "fotogallery", "galleria",
        // 2013 sports and entertainment sites: gallery boxes ("Related Gallery" / title / "Launch Gallery", "View Photo").
        "gallery", "launch", "view",
        // 2013 Portuguese, Dutch, Polish, Spanish and Scandinavian share rows ("Curtir Tweetar Compartilhar Comentários (5)",
        // "Delen Tweet Mail Reacties (4)", "Del på Facebook Del på Twitter Send Print").
        "tweetar", "tweeta", "mejla", "a-", "a+", "del på", "dela på", "comentários", "reacties", "komentarze", "kommentarer",
        // "Partager sur Facebook | Twitter", "Teilen auf Facebook", "Deel op Facebook Tweet E-mail Print".
        "sur", "auf", "op",
        // 2011–2019 British, Irish, Australian, New Zealand and Canadian papers.
        "reuse content", "article history", "delicious", "digg", "stumbleupon", "continue reading the main story", "recommended by", "you might like",
        "read later", "reprints & permissions", "license article", "click to follow", "what's this?",
        // 2010–2013 US and Australian papers' tool bars: "Comments 3 Read later Email article Print Reprints &amp; permissions",
        // "Tweet Email Print Comments Order Reprint".
        "reprints", "&", "permissions", "order reprint",
        // 2010–2022 continental papers: ad labels, newsletter fields, article-rating buttons.
        "pub", "deel", "dit", "votre adresse e-mail", "s'inscrire", "ihre e-mail-adresse", "abonnieren", "ja", "nein", "tweetnij", "poleć", "wyślij", "drukuj",
        // 2010–2020 US broadcasters: audio and video player controls ("Listen" / "Listening..." / "3:42"), and the transcript's tab.
        "listen", "listening", "queue", "download", "embed", "transcript", "mute", "fullscreen", "live", "autoplay: on", "autoplay: off", "aa",
        // 2004–2010 newspaper CMSs' story tools ("Print this story | E-mail this story | Most e-mailed").
        "most", "e-mailed", "emailed",
        // 2011–2022 magazines, newsletters and blogging platforms: gift links, app prompts, a sign-up field's label.
        "gift article", "gift this article", "open in app", "get app", "email (required)",
        // A blogging platform's writer card under the post ("BlockedUnblockFollowFollowing", "BlockedUnblockFollowGet updates"):
        // each button printed in both its states.
        "following", "unfollow", "blocked", "unblock", "get updates",
        // Text renderings: glued share rows ("ShareTweetEmail"), players ("Play0:002:14MuteFullscreen"), Spanish share rows, post navigation.
        "unmute", "por", "correo", "tuenti", "menéame", "meneame", "comentar", "reblog", "newer", "older", "about sharing", "del.icio.us", "to", "login", "connexion",
        // 2012–2014 news sites: the article tools' "Send Feedback" and a blog's links to its neighbouring posts.
        "send", "previous post", "next post",
        // 2010–2014 Latin American dailies' text-size buttons in the tool row ("Comentarios (5) Imprimir Enviar Texto: A+ A-").
        "texto", "texto:", "tamaño",
        // The same links on French, German and Spanish blog platforms of 2010–2014 (Over-blog: "Article précédent | Article suivant").
        "article précédent", "article suivant", "vorheriger beitrag", "nächster beitrag", "entrada anterior", "entrada siguiente",
        // Share rows of 2006–2018: the era's networks, "Email a friend", the Portuguese and Dutch copy-link buttons ("Copiar link").
        "bebo", "myspace", "newsvine", "fark", "friendfeed", "friend", "copiar", "kopieer", "printer", "friendly", "printer-friendly version",
        // Drupal's print module under a node of 2008–2016: "Printer-friendly version" / "Send by email" / "PDF version".
        "send by email", "send by e-mail", "pdf version",
        // A blog's button under the post that prints it to a file ("DOWNLOAD PDF", "PDF herunterladen").
        "pdf", "herunterladen",
        // 2010–2016 food blogs' recipe cards ("Jump to recipe", "Print Recipe") and comment widgets loaded on a click ("Load Comments").
        "recipe", "jump to recipe", "load", "my account",
        // Canadian and British papers' article tools of 2012–2014 ("Print / License / Comments (6)"), and a British regional's
        // link to its comments in the share row ("Tweet Share Email Print Have your say »").
        "license", "licence", "reprints", "have", "your", "say",
        // A comment widget's links over its box ("Sign in Help", Livefyre).
        "help",
        // Article tools of 2012–2014 Austrian and Quebec papers: "Facebook Twitter Google+ Drucken Senden",
        // "Partager Courriel Imprimer Commentaires (12) Agrandir le texte".
        // "Agrandir le texte" is read as "Agrandir" and the pair after it.
        "senden", "courriel", "réduire", "le texte",
        // 2010–2014 papers' prep and pro sports stories: the link to the game's box score ("Box score", "Box Score | Photos"), and a game page's
        // tabs ("Recap Box Score Play-by-Play Photos Conversation").
        "box score", "box scores", "recap", "play-by-play", "conversation",
        // 2010–2014 state news agencies' article tools under the text ("Add to blog" / "Print version" / "Share").
        "add to blog", "print version",
        // A live blog's button over and under its entries (2010–2014 US papers' live coverage).
        "refresh",
        // A magazine's subscription box under the text ("Subscribe now" / "Give a gift" / "Renew" / "Customer service").
        "give a gift", "renew", "customer service",
        // A hand-built weekly's tools under the story, each a link of its own: "Print this page | Back to News".
        "print this page", "print this story", "print this article", "e-mail this article", "email this article", "more local news",
        // A portal's links under a commenter's name (PHP-Nuke, 2002–2013): "(User Info | Send a Message)".
        "user info", "send a message",
        // New Zealand news sites of 2012–2014: the label of the advertisers' box set between two paragraphs of the text.
        "relevant offers",
    ]);

    /// <summary>"Fotostrecke", "Diaporama", "Photo gallery": a gallery's label, the gallery's title under it.</summary>
    private static readonly WordSet GalleryLabels = new(["fotostrecke", "bildergalerie", "diaporama", "fotogalería", "fotogallery", "photo gallery", "gallery", "related gallery"]);

    private static readonly PrefixSet Prefixes = new(
    [
        // A national paper's note of the story's print edition under the text.
        "a version of this article appeared in print", "a version of this article appears in print", "a version of this story appeared in print",
        // "A version of this article appeared September 25, 2013, on page A4 in the U.S. edition of …": the same note with the day first.
        "a version of this article appeared ", "a version of this story appeared ",
        "view slideshow", "view gallery", "view photo gallery", "share on ", "share this", "click to share", "click to email", "click to print", "follow us", "follow @", "sign up for", "sign up to", "sign up with your email",
        // "Never miss a story from Hannah Voss, when you sign up for …": a blogging platform's follow prompt under the post.
        "never miss a story from ",
        // "Don't miss stories Follow The Courier" / "Follow": a news site's follow box under the byline.
        "don't miss stories", "don’t miss stories",
        "subscribe to our", "subscribe now", "click here", "advertisement", "featured advertisers", "get the latest", "download the app", "download our app",
        "we use cookies", "this site uses cookies", "this website uses cookies", "by continuing to use", "accept cookies", "interested in",
        "add as an interest", "story highlights", "read or share this story", "this article was originally",
        // A magazine's note under a story another site ran too ("This article was reprinted on Harborlight.com.").
        "this article was reprinted ", "this story was reprinted ", "this article was republished ", "this story was republished ",
        // "Previously Published on Pink Gazelle": a contributor's blog post run again on a group blog, the note naming where
        // it ran first set between rules under the text.
        "previously published on ",
        "this material may not be published", "join our newsletter",
        // A hyperlocal site's pitch for its e-mail between the text and the tags ("Get the free newsletter: … morning email has the news …").
        "get the free newsletter",
        "get our newsletter", "newsletter", "abonnieren sie", "melden sie sich", "jetzt abonnieren", "abonnez-vous", "inscrivez-vous",
        "suscríbete", "regístrate", "recibe nuestro", "posted in ",
        // "Filed in: News" over "Topics: …": a TV station's WordPress theme names the post's category, no tag and no text.
        "filed in: ",
        "enter your email", "enter your e-mail", "type your email", "subscribe to ", "leia também", "leggi anche",
        "veja também", "this comment was removed", "share this article", "artikel teilen", "partager :", "partager:", "partager cet article", "compartir en",
        "condividi su", "compartilhe:", "compartilhar:", "this comment has been removed", "this comment was deleted", "comment removed",
        // "Comments are not enabled for this story.", "Discussion comments are closed for this story.": a thread that is not there.
        "comments are not enabled", "comments are closed for this", "discussion comments are closed", "see our privacy notice", "part of complete coverage on",
        "dieser kommentar wurde", "ce commentaire a été", "este comentario fue", "este comentario ha sido", "questo commento è stato",
        "for more ", "a version of this article appears in print", "submit this story", "get email alerts",
        // "Originally posted to prairiewren on Tue Mar 12, 2013 …", "Also republished by Local Politics Group.", "Recommended by:
        // ferntree, …": a community diary's cross-posting notes and its recommenders' list under the text and each comment.
        "originally posted to ", "also republished by ", "recommended by:",
        // "(Additional reporting by Grace Odhiambo in Nairobi; Editing by Ralph Boulton)": Reuters' credit line under the text.
        "(additional reporting by ", "(writing by ", "(editing by ",
        // Drupal's node link under the text ("Login or register to post comments"), bulleted in the row that holds "Printer-friendly version".
        "log in to post", "login to post", "log in or register to post", "login or register to post",
        "sign in to post", "read all comments", "skip to ", "contributing:", "(reporting by ", "a link has been posted to your",
        "let friends in your social network", "to find out more about facebook commenting", "comment using", "share what you think", "the comments below have not been", "kategorie:", "catégorie :", "catégorie:", "categoría:", "categoria:",
        "feed you can follow this conversation", "you can follow this conversation", "trackback url", "listed below are links to weblogs",
        "email thisblogthis", "this entry was posted in", "dieser beitrag wurde unter ", "join the conversation about this", "this article is available online at", "follow me on ",
        "opinions expressed by", "the opinions expressed are the author", "gallery:", "gallery photo:", "sponsored:", "get breaking news", "got a question", "got a tip", "got a news tip", "have a news tip", "post to facebook", "also post on facebook", "auch auf facebook posten", "publier aussi sur facebook", "publicar también en facebook", "pubblica anche su facebook", "publicar também no facebook", "ook op facebook plaatsen", "posting as ", "newer post", "older post", "subscribe to: post comments", "get latest news", "stay updated on the go", "refresh this page", "refresh for the latest", "refresh for updates", "autoplay: on / off", "autoplay: off / on", "(logo:", "find this article at", "check to include related", "quelle: ", "fuente: ", "hier können sie die rechte", "diskutieren sie über diesen artikel",
        // A national daily's gallery button on its pictures and its links under the text ("Report an error" / "Editorial code of conduct").
        "open this photo in gallery", "report an error", "editorial code of conduct",
        // A community paper's call for readers' events under a calendar item ("To submit a community event, email events@…").
        "to submit a community event", "to submit an event", "to submit your event", "to submit a calendar item",
        "slideshow:", "photo gallery:", "read next:", "subscribe today", "want read more articles", "want to read more articles",
        "disclaimer:", "this article appeared in ", "this article first appeared", "this story first appeared", "this article originally appeared", "this story originally appeared", "this post originally appeared", "this post first appeared", "this piece originally appeared", "this piece first appeared",
        // A broadcaster's share panel and section line, as a dump prints them above the text.
        "share this with", "these are external links and will open in a new window", "close share panel", "from the section ", "share all sharing options", "font size:", "view comments on the full site", "letters policy:",
        // A paper's meter, subscription and support prompts inside or under the text.
        "to view this video please enable javascript", "subscribe for unlimited access", "already a subscriber", "you have read ", "comments are not open on this article",
        // A trade paper's meter over a story it still shows whole ("You have viewed 2 of 3 free articles this month." /
        // "Register now for unlimited access to …" / "Already a member? Log in").
        "you have viewed ", "register now for unlimited access", "register for unlimited access", "already a member?", "already registered?",
        "independent journalism costs money",
        // Rating prompts and follow boxes under the text of 2010s German-language portals.
        "ist dieser artikel lesenswert", "war dieser artikel hilfreich", "was this article helpful", "die redaktion auf twitter", "die redaktion auf facebook",
        // Lynx prints a page's <link rel="alternate"> feeds above it.
        "#alternate", "see more news releases in",
        // A video player's label over the clip's title, as a rendering prints it.
        "now playing:", "now playing ",
        // A cable network's transcript page (2000–2016): its link back to the shows' index over and under the show, and the
        // notice under the air date ("THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM AND MAY BE UPDATED.").
        "return to transcripts main page", "this is a rush transcript",
        // A correction prompt and a nonprofit's or a member-funded site's appeal under the text.
        "have a correction?", "support independent journalism", "support independent local journalism",
        // Disqus' comment box placeholder above the thread.
        "join the discussion…", "join the discussion...", "start the discussion…", "start the discussion...",
        "rejoindre la discussion…", "rejoindre la discussion...", "lancer la discussion…", "lancer la discussion...", "únete a la discusión…", "únete a la discusión...",
        "participa alla discussione…", "participa alla discussione...", "beteilige dich an der diskussion…", "beteilige dich an der diskussion...",
        "partecipa alla discussione…", "partecipa alla discussione...", "participe da discussão…", "participe da discussão...", "neem deel aan de discussie…", "neem deel aan de discussie...",
        "got a story?", "we pay for your stories", "e-mail this to a friend", "email this to a friend", "by posting your comment you agree",
        "do you want to automatically post your", "your comment will be posted to", "share or comment on this article",
        // A 2006 print view's footer: "This story can be found at: http://…/pbcs.dll/article?AID=…".
        "this story can be found at", "this article can be found at",
        // A German paper's print view of 2010–2014 closes with the story's address, rights and source lines ("URL: http://…" / "Copyright: …" / "Quelle: …").
        "url: http",
        // A newsletter's sign-up terms, a letters page's address for letters, and a syndicate's line about its writers.
        "by signing up, you agree", "by signing up you agree", "write to us at ", "send letters to ",
        // A blog network's contact line under a post (Gawker-style sites of 2010–2014): "To contact the author of this post, write to …".
        "to contact the author of this post", "to contact the writer of this post",
        // A financial wire's contact lines under its stories (2008–2015): "To contact the reporter on this story: Name in City at
        // address", "To contact the editor responsible for this story: Name at address".
        "to contact the reporter on this story", "to contact the reporters on this story", "to contact the editor responsible for this story",
        "to contact the editors responsible for this story",
        // A blog's affiliate disclosure above or under the post (required in the US since 2009).
        // A health site's medical reviewer under the writer's name, and a recipe card's credit line.
        "reviewed by ", "recipe by ",
        // A science magazine's reference to the paper under the text, its print issue and topic guide over it, and its reuse notice.
        "journal reference:", "magazine issue ", "for similar stories, visit",
        "this post may contain affiliate links", "this post contains affiliate links", "this post may contain affiliate link",
        // A shopping or games site's disclosure over every story ("When you purchase through links on our site, we may earn …").
        "when you purchase through links", "when you buy through links", "we may earn an affiliate commission", "we may earn a commission",
        // A station's or a paper's call for readers' pictures and tips under the text ("Send us your storm photos: photos@…").
        "send us your ",
        // A citizen-journalism site's button under a reader's story ("Add your Story"), and the like calls for readers' own accounts.
        "add your story", "share your story", "submit your story",
        // A newsletter block's note under its field (Squarespace's "We respect your privacy.").
        "we respect your privacy",
        // A meter's notice over the paywall ("Você atingiu o limite de 5 reportagens por mês.", "You have reached your limit of free articles").
        "você atingiu o limite", "tenha acesso ilimitado", "you have reached your limit", "you've reached your limit",
        // A comment box or a reactions bar still loading when the page was saved; Tumblr's "Show more notes Loading...".
        "reactions are loading", "comments are loading", "show more notes",
        // A science news site's notes under a release it rewrote: where it came from and how to cite it.
        "the above story is based on materials provided by", "the above post is reprinted from materials provided by", "cite this page:",
    ]);

    /// <summary>"Follow Name on Twitter", "Please follow Strategy on Twitter and Facebook.": a prompt to follow the writer or the section.</summary>
    /// <summary>"Reach Katie Brandvold at 555-0188 or kbrandvold@…": Town News papers' form of the line.</summary>
    /// <summary>"Join us on Facebook.com/CNNOpinion.": a cable network's opinion section's prompt under each column.</summary>
    private static readonly PrefixSet ContactVerbs = new(["email ", "e-mail ", "follow ", "contact ", "like ", "please follow ", "reach ", "write to ", "join us on "]);

    private static readonly SearchValues<string> Networks = SearchValues.Create(["twitter", "facebook"], StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// "Rob Halversen can be reached at 555-0142 or rhalversen@…", "… is a staff writer. E-mail: rtisch@…": the contact
    /// line in the newspaper's own words.
    /// </summary>
    private static readonly SearchValues<string> ReachedAt = SearchValues.Create(
        [" can be reached at ", " may be reached at ", " can be reached by ", " can be contacted at ", " e-mail: ", " email: "], StringComparison.OrdinalIgnoreCase);

    /// <summary>Discussion-policy notices, which run longer than other prompts.</summary>
    private static readonly PrefixSet NoticePrefixes = new(["we welcome comments", "comments are posted by ", "comments are the responsibility", "the views expressed in the contents above",
        // A magazine's syndication notice under the text.
        "if you would like to reuse any content",
        // The same disclaimer under German, French and Spanish threads: "Die Kommentare von Usern und Userinnen geben nicht
        // notwendigerweise die Meinung der Redaktion wieder.", "Les commentaires n'engagent que leurs auteurs.", "Los
        // comentarios son responsabilidad exclusiva de sus autores."
        "die kommentare von usern", "die postings geben nicht", "les commentaires n'engagent que", "les réactions n'engagent que", "les commentaires n’engagent que", "les réactions n’engagent que",
        "los comentarios son responsabilidad", "las opiniones expresadas en los comentarios"]);

    // ASCII only ("zastrze" for zastrzeżone): one non-ASCII word takes the whole set off the fastest search.
    private static readonly PhraseSet ShortLineMarkers = new(
    [
        "all rights reserved", "customized feeds just for media", "terms of service", "terms of use", "privacy policy", "cookie policy", "stay up to date", "sign up for our",
        "our newsletter", "newsletter sign", "newsletter now", "in your inbox", "to your inbox", "alle rechte vorbehalten", "nur mit genehmigung der", "tous droits r",
        "todos los derechos reservados", "wszelkie prawa zastrze", "may be republished", "republish this", "is not responsible for the content of external", "best viewed in", "registered trademarks or trade names", "kostenlosen artikel", "nuestra newsletter", "folgen sie uns", "tutti i diritti riservati", "todos os direitos reservados",
        // "Subscribe 412 subscribers" / "Get instant alerts when new articles are posted.": a contributor site's follow box.
        "when new articles are posted", "when new articles are published",
        "writers and cartoonists", "subscribe for free to receive new posts", "free articles remaining", "free article remaining", "your gift keeps our",
        "become a member to keep", "paid for by our members",
        // A wire service's link to its editorial principles under each story: "Our Standards: The … Trust Principles.".
        "our standards:",
    ]);

    /// <summary>The markers that also name what a story may be about: "… changed its privacy policy last week."</summary>
    private static readonly PrefixSet TopicMarkers = new("privacy policy", "terms of service", "terms of use", "cookie policy");

    /// <summary>
    /// Whether the line holds a footer's or a prompt's words ("Terms of Service | Privacy Policy", "Sign up for our
    /// newsletter"). A policy's name inside a sentence of some length is the text's subject, unless the sentence speaks for
    /// the site ("By using this site you agree to our Terms of Use.").
    /// </summary>
    private static bool HasFurnitureMarker(ReadOnlySpan<char> text)
    {
        var rest = text;
        while (ShortLineMarkers.IndexIn(rest) is >= 0 and var at)
        {
            // "… a subscriber to your newsletter …": "our newsletter" inside "your" is a reader's words (MarkerInsideWord).
            if (MarkerInsideWord.Is(rest, at))
            {
                rest = rest[(at + 1)..];
                continue;
            }

            if (!TopicMarkers.Matches(rest[at..]) || !IsSentenceAboutPolicy(text))
            {
                return true;
            }

            rest = rest[(at + 1)..];
        }

        return false;
    }

    private static bool IsSentenceAboutPolicy(ReadOnlySpan<char> text) =>
        text.Length >= 90 && Words.EndsSentence(text) && !text.ContainsAny(SiteVoice);

    private static readonly SearchValues<string> SiteVoice = SearchValues.Create(
        ["our ", "you agree", "this site", "this website", "this web site", "your use", "subject to"], StringComparison.OrdinalIgnoreCase);

    // Made once: given as a string of more than five characters, SplitAny builds its character lookup again for every word.
    private static readonly SearchValues<char> WidgetSeparators = SearchValues.Create(" |•·∙/\t");

    // A vectorised search: with invariant globalization, a case-insensitive string.Contains compares character by character.
    private static readonly SearchValues<string> CookieWord = SearchValues.Create(["cookie"], StringComparison.OrdinalIgnoreCase);

    private static readonly PhraseSet CookieContext = new(
        [" use", "utiliz", "navig", "accept", "consent", "akzept", "verwend", "privacy", "policy", "einstellung", "acepta", "acconsent", "aceita", "gebruik", "toestemming"]);

    private static readonly WordSet RelatedHeadings = new(
    [
        "related", "related articles", "related stories", "related links", "related content", "related coverage", "related news", "related posts", "related reading", "recommended reading",
        "read more", "more from", "more on this", "more on this story", "post navigation", "more stories", "more news", "see also", "you may also like",
        "you might also like", "recommended", "recommended for you", "most popular", "most read", "most read news", "most viewed", "most emailed", "most commented", "trending", "trending now", "trends", "top stories",
        "also read", "read next", "what to read next", "next up", "more like this", "more like these", "trending stories", "don't miss", "sponsored content", "editor's picks", "editor's choice", "mehr zum thema", "das könnte sie auch interessieren",
        "weitere artikel", "lesen sie auch", "auch interessant", "à lire aussi", "lire aussi", "sur le même sujet", "voir aussi", "à lire également",
        "noticias relacionadas", "te puede interesar", "lee también", "más información", "relacionado", "relacionados", "también te puede interesar",
        "leggi anche", "potrebbe interessarti", "articoli correlati", "leia também", "veja também", "relacionadas", "notícias relacionadas", "more from", "läs också", "läs mer", "läs även", "les også", "les mer", "læs også", "læs mere", "czytaj także", "czytaj też", "czytaj również", "zobacz także", "zobacz też",
        // A Czech daily's link box and rail: "Čtěte také", "Související články", "Nejčtenější".
        "čtěte také", "čtěte též", "související články", "nejčtenější",
        // A Norwegian or Swedish paper's links to more stories under the text: "Flere saker", "Relaterte saker", "Fler artiklar".
        "flere saker", "relaterte saker", "flere nyheter", "mest lest", "fler artiklar", "relaterade artiklar", "mest läst",
        // Finnish, Hungarian, Romanian and Croatian headings over related links and rails: "Lisää aiheesta", "Kapcsolódó
        // cikkek", "Citește și", "Povezane vijesti".
        "lue myös", "lisää aiheesta", "luetuimmat", "kapcsolódó cikkek", "kapcsolódó", "legolvasottabb", "citește și", "articole similare", "cele mai citite",
        "povezane vijesti", "povezani članci", "pročitajte još", "najčitanije",
        // A news CMS's or a blog's links to the neighbouring stories under the text ("Previous Story" / headline, "Vorheriger
        // Artikel" / headline, a Japanese blog's "≫次の記事" / headline): a label over a neighbour's headline, never a tag or a paragraph.
        .. NeighbourPostHeadline.LabelWords,
        "read more on this topic", "further reading", "similar stories", "related story", "if you liked this, you might also like", "featured articles", "featured stories", "sponsored links", "around the web", "from around the web", "from other news sites", "more related to this story", "you might like", "meistgelesen", "les plus populaires", "i più popolari", "meest populair", "mais lidas", "les plus lus", "lo más visto", "lo más leído", "los más leídos", "meistgelesene artikel", "les plus lus", "les articles les plus lus", "lo más visto", "lo más leído", "i più letti", "otras noticias", "upcoming events", "recent posts", "popular posts",
        "artikel zum thema", "gerelateerde artikelen", "meest gelezen", "mest læste", "mais populares", "najczęściej czytane", "te recomendamos",
        "related reviews", "more reviews", "featured content", "explore related content",
        // Text renderings of 2014–2019 pages: a rail's heading, and a theme's post navigation in other languages.
        "you may like", "lees ook", "leia mais", "from this stream", "article navigation", "navigation des articles", "navegación de entradas",
        "beitragsnavigation", "navigazione articoli",
        // A how-to site's box of its other guides between two steps ("Other People Are Reading" over two headlines).
        "other people are reading", "people are also reading", "what others are reading",
        // 2013 continental portals: "Saiba mais" and "Zum Thema" over a story's related links.
        "saiba mais", "zum thema", "veja mais", "ver también", "notas relacionadas",
        // 2013 cable and blog network pages: "Part of complete coverage on" over the package's name, "We recommend" and
        // "Recommended Reading" over a list of the site's own headlines under the text.
        "part of complete coverage on", "we recommend", "recommended reading",
        // A US paper's blog of 2013 sets "ALSO:" over links to its other posts between two paragraphs.
        "also",
        // An English-language Gulf broadcaster of 2013 sets "Keep reading" over two links to its own stories between paragraphs.
        "keep reading",
        // 2013 network sites: a video page's and a gallery's rail of other clips or galleries ("More videos" / "Rouhani: Iran ready for nuclear talks" / "1:52").
        "more videos", "more galleries", "more photo galleries",
        // A 2013 magazine's rail of older stories under the text ("From the Archive" / headline / blurb / date).
        "from the archive",
        // 2013 Italian and Latin American sites' headings over their related links ("Ti potrebbero interessare:" / "» …").
        "ti potrebbero interessare", "ti potrebbe interessare", "potrebbero interessarti", "lea también", "vea también",
        // German blogs address the reader with "du" or "ihr": "Das könnte dich auch interessieren …" over the theme's
        // related posts, "Das Thema könnte dich auch interessieren:" over an embedded link to another post.
        "das könnte dich auch interessieren", "das könnte euch auch interessieren", "das thema könnte dich auch interessieren",
        "dies könnte dich auch interessieren", "das könnte dir auch gefallen", "das könnte euch auch gefallen",
        // "<p><strong>Siehe auch:</strong></p><ul><li><a>…</a></li>…": a blog's links to its own posts between the text and
        // its web links, as "See also:" (German, Italian, Dutch).
        "siehe auch", "vedi anche", "zie ook",
    ]);

    /// <summary>"More from Sports", "Mehr aus Hessen": headings naming the section the links come from.</summary>
    private static readonly PrefixSet RelatedSectionPrefixes = new( ["more from ", "more stories from ", "latest from ", "related stories from ", "more in ", "more on ", "read more on ",
        // "Read more posts on Market Insider Travel »": a blog network's link to the section's front under the post.
        "read more posts on ", "read more posts from ", "more posts from ", "more posts on ", "more posts in ", "next up in ", "also on ", "other ", "trending in ", "featured in ", "recommended by ", "suggested by ", "most-read ", "most read in ", "most popular on ", "mehr aus ", "mehr zu ", "weitere artikel aus ", "le altre notizie di ", "plus de ", "más de ", "altro da ", "mais de ",
        // "Meer nieuws uit Veendijk", "Mer om bilar", "Więcej z regionu".
        "meer nieuws uit ", "meer uit ", "mer om ",
        // "Toutes les dépêches Suisse", "Alle Meldungen Schweiz": a news portal's link to its wire desk's section under the story.
        "toutes les dépêches ", "alle meldungen ", "todos los cables ", "mer från ", "mere om ", "mer fra ", "więcej z ", "mais sobre ", "más sobre ",
        // "Más notas de Ciudad", "Mais notícias de Local": Argentine and Portuguese-language papers' links to the section's
        // other stories; "nota" is the Río de la Plata word for an article.
        "más notas de ", "mas notas de ", "más noticias de ", "mais notícias de ",
        // "Mehr auf BLICKPUNKT ONLINE" over the site's links in the text: the German "More on …".
        "mehr auf ", "mehr bei ",
        // "More about Ilse Varga" over the card linking to the person's profile and posts (a school's or institute's news
        // under the text): the box's label, whose cards go as links (MoreAboutHeading). "More about:" alone labels a
        // London paper's tags and is no such prefix.
        "more about ", "mehr über "]);

    private static readonly PrefixSet RelatedPrefixes = new(
        // "Read: Hong Kong's democracy debate explained": a cable site's link to its own story between the paragraphs.
        ["related:", "read:", "read more:", "read more here:", "see also:", "siehe auch:", "vedi anche:", "zie ook:", "read also:", "also read:", "more:", "lesen sie auch:", "mehr zum thema:", "lire aussi :", "lire aussi:", "à lire aussi", "lee también:", "te puede interesar:",
         "bonus:", "auch interessant:", "puedes leer:", "read more from:", "czytaj także:", "czytaj też:", "lees ook:", "læs også:", "les også:", "läs också:", "leia também:", "leggi anche:", "läs även:", "läs mer:", "saiba mais:", "veja também:", "zobacz także:", "lees meer:", "læs mere:", "les mer:",
         // "Čtěte také: Brno koupí dvacet nových tramvají": a Czech daily's link to its own story between the paragraphs.
         "čtěte také:", "čtěte též:", "související:",
         // "Baca juga: Sederet Kebiasaan Pemicu …": an Indonesian (or Malay) portal's link to its own story between the
         // paragraphs, as "Lihat juga:" (see also) is.
         "baca juga:", "lihat juga:",
         // The same link line on Finnish ("LUE MYÖS: …"), Hungarian ("Kapcsolódó: …"), Romanian ("CITEȘTE ȘI: …") and
         // Croatian ("Pročitajte još: …") pages.
         "lue myös:", "lue lisää:", "kapcsolódó:", "lásd még:", "citește și:", "citeste si:", "pročitajte još:", "pročitajte i:", "vezane vijesti:",
         // "Related Story: Residents return to find streets destroyed": a broadcaster's link box inside or under the text.
         "related story:", "related stories:",
         // "Next Story: Three Things We Learned From …": a blog's link to its next post under the text.
         "next story:", "previous story:", "next post:", "previous post:",
         // "Earlier post: Kenya mall attack: What we know": a news blog's link to its post before an update under the text.
         "earlier post:", "later post:",
         // "Don't Miss: 13 Charts That Explain Where The Economy Goes Next": a business site's link to its own story under the text.
         "don't miss:", "don’t miss:",
         // "Notas relacionadas: Registran 45 grados en Navolato · CFE: sin apagones": Mexican and Spanish papers' related links on one line.
         "notas relacionadas:", "noticias relacionadas:", "artículos relacionados:",
         // "Source URL (retrieved on Sep 26th 2013, 9:12am): http://…": a Drupal print view's link to the story under its text.
         "source url (retrieved on ", "source url:",
         // "Lea también: Sequía: declaran zona de escasez hídrica …": a Chilean or Argentine paper's link line between paragraphs;
         // "Ti potrebbero interessare:" an Italian site's over its links.
         "lea también:", "lea además:", "vea también:", "ver también:", "ti potrebbe interessare:", "ti potrebbero interessare:", "lisez aussi :", "lisez aussi:"]);

    private static readonly PrefixSet SignupPrompts = new(
    [
        "subscribe to ", "sign up for", "sign up to", "sign up with your email", "get our newsletter", "join our newsletter", "newsletter", "abonnieren sie", "jetzt abonnieren",
        "abonnez-vous", "inscrivez-vous", "suscríbete", "prenumerera",
    ]);

    /// <summary>"Subscribe to The Riverbend Bulletin", "Sign up for our newsletter": the first line of a signup box.</summary>
    public static bool IsSignupPrompt(string line) => line.Length < 120 && SignupPrompts.Matches(line.AsSpan().Trim());

    private static readonly PrefixSet PaywallNotices = new(
    [
        "l'intégralité de cet article est réservée", "la suite de cet article est réservée", "cet article est réservé aux abonnés",
        "der vollständige artikel ist nur für abonnenten", "dieser artikel ist nur für abonnenten", "el resto de este artículo es solo para suscriptores",
        "questo articolo è riservato agli abbonati", "the rest of this article is for subscribers", "this article is for subscribers only", "to read the full story, subscribe",
        // A trade paper's registration wall over the cut text: "Register to continue reading" / "You have read 3 of your 3 free articles …".
        // A paywall box's question over its log-in and subscribe buttons: "Möchten Sie weiterlesen?" / "Ja. Ich bin Abonnent.".
        "möchten sie weiterlesen?", "wollen sie weiterlesen?", "want to keep reading?", "want to continue reading?", "vous souhaitez lire la suite ?",
        "envie de lire la suite ?", "¿quieres seguir leyendo?", "vuoi continuare a leggere?",
        "register to continue reading", "register now to continue reading", "subscribe to continue reading", "log in to continue reading",
        "sign in to continue reading", "please register to continue reading", "please log in to continue reading",
    ]);

    /// <summary>"━━━━━━", "* * *", "~~~": a rule or a section break drawn with symbols (an emoji is a comment's text).</summary>
    private static bool IsRule(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (c is not (' ' or '-' or '_' or '=' or '*' or '~' or '#' or '.' or '•' or '·' or '—' or '–' or '+') && c is < '\u2500' or > '\u257F')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"L'intégralité de cet article est réservée aux abonnés": the end of the part of the text a visitor sees.</summary>
    public static bool IsPaywallNotice(string line) => line.Length < 200 && PaywallNotices.Matches(line.AsSpan().Trim());

    public static bool IsBoilerplate(string line)
    {
        if (line.Length > 400)
        {
            // A holdings note of one sentence a writer runs long (HoldingsStatementNote), past the short lines' readers.
            return IsRule(line.AsSpan().Trim()) || HoldingsStatementNote.Is(line.AsSpan().Trim());
        }

        var text = line.AsSpan().Trim(" :|•*·›»>-–—");
        if (text.IsEmpty || IsRule(text) || IsWidget(text) || PaywallNotices.Matches(text) || SubscribersOnlyReactions.Is(text) || IsVideoTeaser(text) || IsPostNavigation(WithoutBullet(line.AsSpan().Trim())) || IsPageCounter(text) || ArticlePager.Is(text) || IsSlideCounter(text) || IsSlashSlideCounter(text) || IsEmptyPictureMark(text) || IsZeroCounter(text) || NumberedPictureAlt.Is(text) || PictureViewerLink.Is(text)
            || IsContributorCredit(text) || IsWithFilesCredit(text) || AgencyMaterialCredit.Is(text) || ProvidedMaterialsNote.Is(text) || BracketedWireSources.Is(line.AsSpan().Trim()) || FooterLinks.Is(text) || IsWriterContact(text) || IsSourceAttribution(text) || IsDepartmentLine(text) || IsEndMark(text) || IsTuneInPromo(text) || AirTimeLine.Is(text) || IsPlatformCredit(text) || IsStarRating(text)
            || NewsletterBox.IsHeading(text) || NewsletterBox.IsPitch(text) || AuthorBoxLinks.EndsWithPostsLink(text) || AuthorBoxLinks.IsProfileLink(text)
            || IsHeadlineTicker(text) || LabelledHeadlineRun.Is(text) || IsWeatherBox(text) || AudienceCounter.Is(text) || IsArrowLinkRow(line) || IsCategoryLine(text) || RecommendationCount.Is(text) || IsBlogNote(text) || IsLoadingNotice(text)
            || TopicPageLink.Is(text) || ReactionButtons.Is(text) || IsFiledByCredit(text) || LabelledLinkRow.Is(text) || DeskSignOff.Is(line.AsSpan().Trim()) || AgencySignature.Is(line) || ExternalLinkBox.Is(text) || ArticleRating.Is(text) || AverageOfVotesLine.Is(text) || ReviewFacts.Is(text) || TranscriptNotice.Is(text)
            || CommentInvitation.Is(text) || CapitalsCallToAction.Is(text) || PortraitAltBeforeName.IsAltAlone(text) || FeedLinkRow.Is(text) || CommentFeedLinkRow.Is(text) || TranslatorCredit.Is(text) || ErrorPageNotice.Is(text) || ArchivedStoryNotice.Is(text) || ViaSourceLine.Is(text) || PressReleaseHeader.Is(text) || ReleaseAsSubmittedNote.Is(text) || FeedPostFooter.Is(text) || FeedExportHeader.IsFurniture(text) || ColumnScheduleLine.Is(text) || HoldingsDisclosure.Is(text) || TickerListLine.Is(text) || SlashBreadcrumb.Is(text) || PhotoSaleLink.Is(text) || OnlineLinkLine.Is(text)
            || ProfileAddressLine.Is(text) || BracketedButtonRow.Is(text) || SubscribeButtonCount.Is(text) || TemplatePlaceholderLine.Is(text) || EmbedPlaceholderLine.Is(text) || UnsupportedBrowserNotice.Is(text) || UnsupportedPlaybackNotice.Is(text) || JavaScriptOffNotice.Is(text) || SkipLinkRow.Is(text) || SourceBeforeFirstPublished.Is(text) || ServerErrorLine.Is(text) || ParticipantCountLine.Is(text) || RightsNoticeLine.Is(text) || LikedArticleSupportAppeal.Is(text) || MembershipAppeal.Is(text) || AppDownloadPrompt.Is(text) || MiniCartLine.Is(text))
        {
            return true;
        }

        // Prompts and notices are short; prose lines only need the cookie check.
        return line.Length < 300 && ((Prefixes.Matches(text) && !SubjectChannelPointer.Is(text)) || ScrollAdNote.Is(text) || BackToTopLink.Is(text) || IsRelatedLinkLine(text) || ParenthesizedRelatedLink.Is(text) || HasFurnitureMarker(text) || GluedRelatedLink.Is(text) || FundingNote.Is(text) || SyndicationProviderNote.Is(text) || OpinionDisclaimer.Is(text) || ReaderSupportAppeal.Is(text) || PrintIssueNote.Is(text) || CrosspostNote.Is(text) || BroadcastVersionNote.Is(text) || FullStoryLink.Is(text) || SubscribeForFullStory.Is(text) || FollowForUpdatesCall.Is(text) || NetworkSubscribeCall.Is(text) || IconFollowLine.Is(text) || CorrectionRequestLine.Is(text) || FlagContentPrompt.Is(text)
            || ReaderTipCall.Is(text) || WriterContactPitch.Is(text) || BoxScoreSummaryLine.Is(text) || ReleaseCourtesyLine.Is(text) || ReportingCreditLine.Is(text) || AdditionalReportingNote.Is(text) || NewsletterSignUpSentence.Is(text) || BroadcastSchedulePromo.Is(text) || InterviewerCredit.Is(text) || ReportedFromCreditLine.Is(text) || ReferenceCitationLine.Is(text) || LanguagePickerLine.Is(text) || TranslatedStoryLink.Is(text) || NewsstandPromoLine.Is(text) || BrowserRefreshNotice.Is(text) || NavigationLabelLine.Is(text) || ReadingTimeLine.Is(text) || SignOutDialog.IsNotice(text) || WorkTypeLabel.Is(text) || LabelledNetworkRow.Is(text) || SeriesMembershipNote.Is(text) || ColumnInstallmentNote.Is(text) || LicenceTermsLine.Is(text) || CommentsElsewhereNote.Is(text))
            || NoticePrefixes.Matches(text) || IsCookieNotice(text);
    }

    /// <summary>
    /// "Read more: Harbour ferry back in service", "MORE: …", "Read our explainer: …": a labelled link to another story
    /// between or under the paragraphs (also read inside parentheses, ParenthesizedRelatedLink).
    /// </summary>
    internal static bool IsRelatedLinkLine(ReadOnlySpan<char> text) => (RelatedPrefixes.Matches(text) && !BonusItemProse.Is(text)) || ReadLinkLabel.Is(text);

    /// <summary>
    /// "Health News » UK News » Health » North Yorkshire »": links to the story's sections and topics, each with its
    /// arrow, in a row under the text (or a breadcrumb over it); no sentence is written that way.
    /// </summary>
    private static bool IsArrowLinkRow(string line)
    {
        // Asked of every line: the arrows are counted before anything is split.
        if (line.AsSpan().Count(" » ") < 2)
        {
            return false;
        }

        var items = line.Trim().TrimEnd('»', ' ').Split(" » ");
        return items.Length >= 3 && items.All(item => item.Length > 0 && Words.Count(item) <= 4 && !Words.EndsSentence(item));
    }

    /// <summary>
    /// "Email Marcus Delaney at mdelaney@… or follow him on Twitter.", "Follow Ellie Marchbank on Twitter: www.twitter.com/…",
    /// a financial daily's "Write to Andrea Kovacs at andrea.kovacs@… and Peter Lindgren at …": the writer's contact line under the text, known by its verb and an address or the network's name.
    /// </summary>
    private static bool IsWriterContact(ReadOnlySpan<char> text) =>
        text.Length is > 12 and < 160
        && ((text[0] is 'E' or 'F' or 'C' or 'J' or 'L' or 'P' or 'R' or 'W' && ContactVerbs.Matches(text) && (text.Contains('@') || text.ContainsAny(Networks)))
            || (text.Contains('@') && (text.ContainsAny(ReachedAt) || NamedContactLine.Is(text)))
            || (text[0] == 'O' && NetworkLabelledContact.Is(text))
            || (text[0] is 'C' or 'R' && ContactVerbs.Matches(text) && IsPhoneAfterAt(text))
            // "Priscilla Danforth can be reached at 555-0142.": the same line with the writer's telephone number alone.
            || (char.IsAsciiDigit(text[^1] is '.' ? text[^2] : text[^1]) && IsPhoneAfterAt(text) && text.ContainsAny(ReachedAt))
            // "Have a consumer problem? Contact 12 On Your Side at 555-0112 or email …": a tip line's question, then its contact line.
            || (text[0] is 'H' or 'G' or 'D' or 'K' or 'W' or 'S' && text.Contains('@') && TipQuestionContact.AfterQuestion(text) is { IsEmpty: false } rest && IsWriterContact(rest)));

    /// <summary>"Reach Reyes at (803) 555-0160.", "Contact Dana Whitcomb at 555-0188.": the writer's telephone number alone.</summary>
    private static bool IsPhoneAfterAt(ReadOnlySpan<char> text)
    {
        var at = text.LastIndexOf(" at ", StringComparison.Ordinal);
        if (at < 0 || Words.Count(text[..at]) > 5)
        {
            return false;
        }

        var number = text[(at + 4)..].TrimEnd('.');
        return number.Count(' ') <= 2 && !number.ContainsAnyExcept(PhoneCharacters) && Words.CountDigits(number) >= 7;
    }

    private static readonly SearchValues<char> PhoneCharacters = SearchValues.Create("0123456789()-. ");

    /// <summary>
    /// "Via Handset Daily", "Source: Kessel": the blog's credit for where the story came from, under the text ("VIA: …" when
    /// the template sets its labels in capitals); a press
    /// wire's "SOURCE Larkspur Health Systems" names the release's issuer the same way, its legal form's full stop
    /// ("SOURCE Tessaline Foods Inc.") ending no sentence. A label glued to its name ("SourceHarbour Board minutes") is
    /// read apart (<see cref="GluedSourceLabel"/>).
    /// </summary>
    private static bool IsSourceAttribution(ReadOnlySpan<char> text) =>
        GluedSourceLabel.Is(text)
        || text.Length < 60
        && ((text.StartsWith("Via", StringComparison.OrdinalIgnoreCase) && text.IndexOfAny(' ', ':') == 3)
            || ((text.StartsWith("Source", StringComparison.Ordinal) || text.StartsWith("SOURCE", StringComparison.Ordinal)) && text.IndexOfAny(' ', ':') == 6))
        && Words.Count(text) <= 6 && (!Words.EndsSentence(text) || text.StartsWith("SOURCE ", StringComparison.Ordinal));

    /// <summary>
    /// "Filed by Alisha Grant | Report Corrections": an aggregator's line naming who filed the story, with its corrections
    /// link, under the text.
    /// </summary>
    private static bool IsFiledByCredit(ReadOnlySpan<char> text)
    {
        if (text.Length is < 12 or > 80 || !text.StartsWith("Filed by ", StringComparison.Ordinal))
        {
            return false;
        }

        var name = text[9..];
        var bar = name.IndexOf(" | ", StringComparison.Ordinal);
        return bar < 0 ? Words.LooksLikeName(name) && Words.Count(name) <= 4 : Words.LooksLikeName(name[..bar]) && Words.Count(name[..bar]) <= 4 && IsWidget(name[(bar + 3)..]);
    }

    /// <summary>
    /// "Please Wait while comments are loading...", "Show more notes Loading...": a script's placeholder, saved unfinished;
    /// "Loading Slideshow 10 Fees Airlines Charge": a slideshow's box before its script filled it, with the show's title;
    /// "Loading Related Articles..." (LoadingBoxLabel).
    /// </summary>
    private static bool IsLoadingNotice(ReadOnlySpan<char> text) =>
        text.Length < 60 && (text.EndsWith("loading...", StringComparison.OrdinalIgnoreCase) || text.EndsWith("loading…", StringComparison.OrdinalIgnoreCase))
        || (text.Length < 100 && text.StartsWith("Loading Slideshow", StringComparison.Ordinal))
        // "Loading Related Articles...": the label of a box of other stories, unfilled (LoadingBoxLabel).
        || LoadingBoxLabel.Is(text);

    /// <summary>
    /// "Published in News", "Published in Local Sports", "Post Category: Gadget Lab": a CMS's category link under the text
    /// (Joomla's K2, a magazine blog's WordPress theme), no sentence.
    /// </summary>
    /// <remarks>
    /// "Posted inFood &amp; Drink": a news theme's screen-reader label run into the category link by a text browser (the
    /// markup has no space between them); the capital glued to "in" is no word of a sentence.
    /// </remarks>
    private static bool IsCategoryLine(ReadOnlySpan<char> text) =>
        text.Length < 50 && (CategoryLabels.Matches(text) || IsGluedPostedInLabel(text)) && Words.Count(text) <= 5 && !Words.EndsSentence(text) && !Words.HasDigit(text);

    private static bool IsGluedPostedInLabel(ReadOnlySpan<char> text) =>
        text.Length > GluedPostedIn.Length && char.IsUpper(text[GluedPostedIn.Length]) && text.StartsWith(GluedPostedIn, StringComparison.OrdinalIgnoreCase);

    private const string GluedPostedIn = "Posted in";

    private static readonly PrefixSet CategoryLabels = new(["Published in ", "Post Category: "]);

    /// <summary>
    /// "pdxspokes reblogged this from fremontriders", "m-ostrowski likes this", "14 Notes": a Tumblr post's notes, one
    /// account's action each, and their count.
    /// </summary>
    private static bool IsBlogNote(ReadOnlySpan<char> text)
    {
        if (text.Length > 120 || text.IndexOf(" this", StringComparison.Ordinal) is not (> 0 and var at))
        {
            return text.Length < 16 && text.EndsWith(" notes", StringComparison.OrdinalIgnoreCase) && char.IsAsciiDigit(text[0]) && !text[..^6].ContainsAnyExceptInRange('0', '9');
        }

        var rest = text[at..];
        if (!(rest is " this" || rest.StartsWith(" this from ", StringComparison.Ordinal)) || text[..at].LastIndexOf(' ') is not (> 0 and var verb)
            || !BlogNoteVerbs.Contains(text[(verb + 1)..at]))
        {
            return false;
        }

        // "3. pdxspokes reblogged this …": the notes are a numbered list.
        var account = text[..verb].Trim();
        var dot = account.IndexOf(". ", StringComparison.Ordinal);
        account = dot > 0 && !account[..dot].ContainsAnyExceptInRange('0', '9') ? account[(dot + 2)..].Trim() : account;
        return !account.IsEmpty && !account.Contains(' ');
    }

    private static readonly WordSet BlogNoteVerbs = new(["likes", "liked", "reblogged", "posted"]);

    /// <summary>
    /// "Powered by Clickability", "Powered by Blox CMS from TownNews.com.": the publishing system's credit in the footer;
    /// "blog comments powered by Disqus", the comment system's under the thread it did not print.
    /// </summary>
    private static bool IsPlatformCredit(ReadOnlySpan<char> text) =>
        text.Length < 60 && (CreditOpenings.Matches(text) || IsThemeCredit(text)) && Words.Count(text) <= 8;

    private static readonly PrefixSet CreditOpenings = new(["powered by ", "comments powered by ", "blog comments powered by "]);

    /// <summary>"Theme: Folio by Hendrik. Powered by Tumblr.": a blog theme's credit before the platform's.</summary>
    private static bool IsThemeCredit(ReadOnlySpan<char> text) =>
        text.StartsWith("Theme: ", StringComparison.Ordinal) && text.Contains(" by ", StringComparison.Ordinal) && text.Contains("Powered by ", StringComparison.Ordinal);

    /// <summary>
    /// "Breaking Egypt court orders release of former president • Obama weighs options on Syria • Floods kill 30 in
    /// Pakistan": a news ticker's headlines run into one line by a rendering, three or more, each several words long.
    /// A ticker under a label whose links run together with no separator is a <see cref="LabelledHeadlineRun"/>.
    /// </summary>
    private static bool IsHeadlineTicker(ReadOnlySpan<char> text)
    {
        if (text.Length is < 60 or > 600)
        {
            return false;
        }

        // "ÚLTIMA HORA Lavrov defiende nuevas sanciones · Mas negocia …": a middle dot parts them as well as a bullet.
        var separator = text.Count(" • ") >= 2 ? " • " : text.Count(" · ") >= 2 ? " · " : null;
        if (separator is null)
        {
            return false;
        }

        foreach (var range in text.Split(separator))
        {
            var headline = text[range];
            if (Words.Count(headline) < 4 || Words.EndsSentence(headline))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"Lakeshore: 18°F, snow", "Carver: 34° Cloudy": the masthead's weather box, no sentence of the text.</summary>
    internal static bool IsWeatherBox(ReadOnlySpan<char> text) =>
        text.Length < 50 && text.IndexOf('°') is > 0 and var degree && char.IsAsciiDigit(text[degree - 1]) && !Words.EndsSentence(text);

    /// <summary>"★★★½ (out of four)", "☆☆☆☆★": a review's star rating, no sentence of its text.</summary>
    private static bool IsStarRating(ReadOnlySpan<char> text) => text.Length < 40 && text[0] is '★' or '☆' or '⭐' or '✩' or '✭' or '✮' or '✯' or '✰';

    /// <summary>"###": the end mark of a press release.</summary>
    private static bool IsEndMark(ReadOnlySpan<char> text) => text.Length is >= 3 and <= 5 && !text.ContainsAnyExcept('#');

    /// <summary>"from the taking-out-the-trash dept.": a community news site's joke department line under the byline.</summary>
    private static bool IsDepartmentLine(ReadOnlySpan<char> text) =>
        text.Length < 120 && text.StartsWith("from the ", StringComparison.Ordinal) && text.EndsWith(" dept.", StringComparison.Ordinal);

    /// <summary>A cookie banner in any of the page languages; the second word keeps articles about baking out.</summary>
    private static bool IsCookieNotice(ReadOnlySpan<char> text) =>
        text.Length < 600 && ((CookieInBannerOpening.Holds(text, CookieWord) && CookieContext.FoundIn(text)) || ConsentDialogPhrases.FoundIn(text) || ConsentDialogHeadings.Contains(text));

    /// <summary>A consent manager's dialog, printed above the page: phrases of its standard text that no article writes.</summary>
    private static readonly PhraseSet ConsentDialogPhrases = new(
        ["we value your privacy", "partners store and", "and our partners may use", "our partners' processing", "your preferences will apply to this website",
         "right to object to such processing", "store and/or access information on a device",
         // The dialog's heading: "Nieuwsnet.nl vraagt je toestemming", "Example.com asks for your consent".
         "vraagt je toestemming", "vraagt uw toestemming", "asks for your consent", "bittet um ihre zustimmung", "demande votre consentement"]);

    /// <summary>
    /// "Your privacy choices", "Ihre Privatsphäre ist uns wichtig": a consent dialog's heading, alone on its line (an
    /// exact match, as the accented phrases would slow the phrase search every line goes through).
    /// </summary>
    private static readonly WordSet ConsentDialogHeadings = new(
        ["your privacy choices", "your privacy matters", "we care about your privacy", "ihre privatsphäre ist uns wichtig", "votre vie privée nous importe",
         "tu privacidad es importante"]);

    /// <summary>"Watch E! Wire News weeknights at 7 and 11 p.m.": a broadcaster's tune-in promotion under the text.</summary>
    private static bool IsTuneInPromo(ReadOnlySpan<char> text) =>
        text.Length < 120 && (text.StartsWith("Watch ", StringComparison.Ordinal) || text.StartsWith("Tune in ", StringComparison.Ordinal))
        && text.Contains(" at ", StringComparison.Ordinal) && (text.EndsWith("p.m.", StringComparison.Ordinal) || text.EndsWith("a.m.", StringComparison.Ordinal)
            || text.EndsWith(" ET", StringComparison.Ordinal) || text.EndsWith(" PT", StringComparison.Ordinal));

    /// <summary>"PHOTOS: Stars who dated their co-stars": a gallery's link inside the text, no sentence.</summary>
    public static bool IsGalleryTeaser(string line) =>
        line.Length < 120 && line.AsSpan().TrimStart().StartsWith("PHOTOS:", StringComparison.Ordinal) && !Words.EndsSentence(line);

    /// <summary>"WATCH Kerry: Dialogue Has Been Constructive", "VIDEO: …": teasers for a video player.</summary>
    private static bool IsVideoTeaser(ReadOnlySpan<char> text) =>
        text.StartsWith("WATCH", StringComparison.Ordinal) || text.StartsWith("VIDEO", StringComparison.Ordinal) || text.StartsWith("VIDÉO", StringComparison.Ordinal) || text.StartsWith("VÍDEO", StringComparison.Ordinal)
        || text.StartsWith("Watch:", StringComparison.Ordinal) || text.StartsWith("Video:", StringComparison.Ordinal)
        // "In Video:<a>Harbour ferry back in service after storm</a>": the story's clip linked under the text, its label glued or spaced (InVideoLabel).
        || (text.StartsWith("In Video:", StringComparison.OrdinalIgnoreCase) && text.Length < 200)
        || text.StartsWith("LISTEN", StringComparison.Ordinal) || text.StartsWith("Listen:", StringComparison.Ordinal)
        || text.StartsWith("AUDIO", StringComparison.Ordinal) || text.StartsWith("Watch video", StringComparison.OrdinalIgnoreCase)
        || text.StartsWith("Play video", StringComparison.OrdinalIgnoreCase) || text.StartsWith("Watch this video", StringComparison.OrdinalIgnoreCase)
        || (text.StartsWith("Hear ", StringComparison.Ordinal) && text.Length < 100 && !Words.EndsSentence(text)) // "Hear Ana Ruiz's report on All Things Considered"
        || (text.StartsWith("Audio ", StringComparison.Ordinal) && text.Length < 100 && !Words.EndsSentence(text)) // "Audio Ebola Outbreak Tops Regional Agenda"
        || (text.StartsWith("Audio:", StringComparison.Ordinal) && text.Length < 100 && !Words.EndsSentence(text)) // "Audio: Listen to the story (PM)"
        || MediaTitleSuffix.Ends(text);

    /// <summary>"Video: Aid slowly reaches typhoon survivors", "WATCH Kerry: …": a teaser line for the story's clip.</summary>
    public static bool IsVideoTeaserLine(string line) => line.Length < 160 && IsVideoTeaser(line.AsSpan().TrimStart());

    /// <summary>"Watch this video", "WATCH", "Video": a player's label alone on its line, the clip's title under it.</summary>
    public static bool IsVideoLabel(string line) =>
        line.Length <= 20 && Words.Count(line) <= 3 && (IsVideoTeaser(line.AsSpan().Trim(" :")) || GalleryLabels.Contains(line.AsSpan().Trim(" :")) || PlayerLabels.Contains(line.AsSpan().Trim(" :")));

    /// <summary>
    /// "Now Playing": a broadcaster's player over its clip's title; "JUST WATCHED" / "Hutchins: 'We've done our job'" /
    /// "MUST WATCH": a cable site's player box inside the text, its labels around the clip's title.
    /// </summary>
    private static readonly WordSet PlayerLabels = new(["now playing", "up next", "just watched", "must watch"]);

    /// <summary>"Now Playing" / "Secretary of State John Kerry tells …": the player's label, two capitalised words that name nobody.</summary>
    public static bool IsPlayerLabel(ReadOnlySpan<char> text) => text.Length <= 12 && PlayerLabels.Contains(text.Trim(" :"));

    /// <summary>"Video" alone under the text, a box with the story's clip; above the headline it is a menu item.</summary>
    public static bool IsVideoBoxLabel(string line) => line.AsSpan().Trim().Equals("Video", StringComparison.OrdinalIgnoreCase);

    /// <summary>"Listen · 3:42", "Play 0:00 / 1:48": a player's length under the date line, no time of day.</summary>
    public static bool IsPlayerDuration(string line)
    {
        var text = line.AsSpan().TrimStart();
        return text.Length < 40 && (StartsWithWord(text, "Listen") || StartsWithWord(text, "Play"));
    }

    private static bool StartsWithWord(ReadOnlySpan<char> text, string word) =>
        text.StartsWith(word, StringComparison.OrdinalIgnoreCase) && (text.Length == word.Length || !char.IsLetter(text[word.Length]));

    /// <summary>"5 Bilder", "12 photos": a gallery's size between its label and its title.</summary>
    public static bool IsPictureCount(string line) =>
        line.Length <= 20 && Words.Count(line) == 2 && char.IsAsciiDigit(line.AsSpan().TrimStart()[0]) && IsWidget(line.AsSpan().Trim());

    /// <summary>
    /// "CNN's Amir Haddad contributed to this report.": a credit under the text, not a paragraph of it. A sports network
    /// words it "Information from ESPN's Name and The Associated Press was used in this report."
    /// </summary>
    public static bool IsContributorCredit(ReadOnlySpan<char> text) =>
        text.Length < 200 && text.Length > 30 && (text[^1] != '.' ? IsUnstoppedContributorCredit(text)
            : (text.EndsWith("contributed to this report.", StringComparison.OrdinalIgnoreCase) || text.EndsWith(" used in this report.", StringComparison.OrdinalIgnoreCase) || text.EndsWith("contributed reporting.", StringComparison.OrdinalIgnoreCase)
            || text.EndsWith("contributed to this story.", StringComparison.OrdinalIgnoreCase) || text.EndsWith("contributed to this article.", StringComparison.OrdinalIgnoreCase)
            || IsCreditFromPlace(text) || IsBareContribution(text)));

    /// <summary>
    /// "CNN's Lena Brook and Ivo Marsh contributed to this story", set in italics under the text without a full stop: the
    /// same credit as the stopped one. Only the verb phrase closing the line counts, after at most twelve words of names.
    /// </summary>
    private static bool IsUnstoppedContributorCredit(ReadOnlySpan<char> text)
    {
        // A cheap gate first: the endings close with "…report", "…story", "…article" or "…reporting".
        if (text[^1] is not ('t' or 'y' or 'e' or 'g'))
        {
            return false;
        }

        foreach (var ending in UnstoppedCreditEndings)
        {
            if (text.EndsWith(ending, StringComparison.OrdinalIgnoreCase))
            {
                return Words.Count(text[..^ending.Length]) is >= 1 and <= 12;
            }
        }

        return false;
    }

    private static readonly string[] UnstoppedCreditEndings = [" contributed to this report", " contributed to this story", " contributed to this article", " contributed reporting"];

    /// <summary>
    /// "Lena Brook and Ivo Marsh contributed.": the colleagues' credit under the text with nothing after the verb, as a
    /// network prints it below its writers' bios; the names before it are all the line holds, so "The county contributed."
    /// or "Every family on the street contributed." stays.
    /// </summary>
    private static bool IsBareContribution(ReadOnlySpan<char> text) =>
        text.EndsWith(" contributed.", StringComparison.Ordinal) && text[..^" contributed.".Length] is var names
        && Words.Count(names) is >= 2 and <= 12 && ReportedFromCreditLine.IsNameRun(names);

    /// <summary>
    /// "With files from The Canadian Press", "With a report from Lena Sorensen in New York": a Canadian paper's credit under
    /// its text for the wire copy or the colleague's reporting folded into it.
    /// </summary>
    public static bool IsWithFilesCredit(ReadOnlySpan<char> text) =>
        text.Length < 120 && WithFilesLabels.Matches(text) && Words.Count(text) <= 14 && !text.Contains(", ", StringComparison.Ordinal);

    private static readonly PrefixSet WithFilesLabels = new(["with files from ", "with a report from ", "with reports from ", "with reporting from ", "with reporting by "]);

    private const string ContributedFrom = " contributed to this report from ";

    private const string ContributedReportingFrom = " contributed reporting from ";

    private const string ContributedBareFrom = " contributed from ";

    // A vectorised search: with invariant globalization, a case-insensitive IndexOf compares character by character.
    private static readonly SearchValues<string> ContributedFromSearch = SearchValues.Create([ContributedFrom, ContributedReportingFrom, ContributedBareFrom], StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<string> ReporterWords = SearchValues.Create(["writer", "correspondent", "reporter"], StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// "Voice of Freedom's Kwame Asante contributed to this report from Accra.", "Owen Marsh contributed reporting from New
    /// York.": the credit names the place reported from. The wires' shorter "Associated Press writer Edith Lane contributed
    /// from the United Nations." names the colleague's job first, where "The money was contributed from abroad." names none.
    /// </summary>
    private static bool IsCreditFromPlace(ReadOnlySpan<char> text)
    {
        if (text.IndexOfAny(ContributedFromSearch) is not (> 0 and var at))
        {
            return false;
        }

        var phrase = text[at..].StartsWith(ContributedFrom, StringComparison.OrdinalIgnoreCase) ? ContributedFrom
            : text[at..].StartsWith(ContributedReportingFrom, StringComparison.OrdinalIgnoreCase) ? ContributedReportingFrom
            : ContributedBareFrom;
        return Words.Count(text[(at + phrase.Length)..]) <= 4 && (phrase != ContributedBareFrom || text[..at].ContainsAny(ReporterWords));
    }

    /// <summary>
    /// Links to the blog's neighbouring posts: "← Bike lane paint finally arrives", "Farmers market closes →", Movable Type's
    /// "« Older post | Main | Newer post »", and short "« Previous entry" / "Next entry »" links, which a French quotation
    /// (« … ») is not, as it holds both marks; WordPress's labelled "« Previous post: Boehner's bill heads for a Senate wall";
    /// Joomla's "&lt; Prev" / "Next &gt;".
    /// </summary>
    private static bool IsPostNavigation(ReadOnlySpan<char> line) =>
        line.Length is > 2 and <= 200
        && (line[0] == '←' || line[^1] == '→' || (line[0] == '«' && line[^1] == '»' && line.Contains(" | ", StringComparison.Ordinal))
            || (line.Length <= 40 && (line[0] == '«' ^ line[^1] == '»') && line.IndexOfAny('«', '»') == line.LastIndexOfAny('«', '»'))
            || (line[0] == '«' && !line.Contains('»') && RelatedPrefixes.Matches(line[1..].TrimStart()))
            || PreviousNextPair.Is(line)
            || (line.Length <= 20 && (line.StartsWith("< ") ^ line.EndsWith(" >")) && Words.Count(line) <= 3)
            || LongNeighbourPostLink.Is(line));

    /// <summary>"• &lt; Prev" / "• Next &gt;": a text browser prints a theme's post links as a list.</summary>
    private static ReadOnlySpan<char> WithoutBullet(ReadOnlySpan<char> line) => line.StartsWith("• ") || line.StartsWith("* ") ? line[2..] : line;

    /// <summary>"Page 1 / 2 Continue »", "Page 2 of 3": an article split over pages.</summary>
    private static bool IsPageCounter(ReadOnlySpan<char> text) =>
        text.Length < 40 && text.StartsWith("Page ", StringComparison.OrdinalIgnoreCase) && char.IsAsciiDigit(text[5]) && Words.Count(text) <= 5;

    private static readonly WordSet SlideWords = new(["slide", "image", "photo", "picture", "pic"]);

    /// <summary>
    /// "Slide 2 of 9", "Image 1 of 2", "3 of 12": a slideshow's counter over each slide, printed on one page; the gallery's
    /// buttons may follow it on its line ("1 of 3 Next View All Photos").
    /// </summary>
    public static bool IsSlideCounter(ReadOnlySpan<char> text)
    {
        if (text.Length > 60 || text.IndexOf(" of ", StringComparison.Ordinal) is not (> 0 and <= 12 and var of))
        {
            return false;
        }

        var before = text[..of];
        var space = before.LastIndexOf(' ');
        var number = space < 0 ? before : before[(space + 1)..];
        var rest = text[(of + 4)..].Trim();
        var totalEnd = rest.IndexOf(' ');
        var total = totalEnd < 0 ? rest : rest[..totalEnd];
        return !number.IsEmpty && !number.ContainsAnyExceptInRange('0', '9') && !total.IsEmpty && !total.ContainsAnyExceptInRange('0', '9')
            && (space < 0 || SlideWords.Contains(before[..space])) && (totalEnd < 0 || IsWidget(rest[(totalEnd + 1)..]));
    }

    /// <summary>
    /// "1/10": a photo viewer's counter, the slide shown and how many there are, alone on its line. The first is never
    /// above the total ("24/7" is no counter).
    /// </summary>
    private static bool IsSlashSlideCounter(ReadOnlySpan<char> text)
    {
        // The length first: every line of the page is asked.
        if (text.Length is < 3 or > 7)
        {
            return false;
        }

        var slash = text.IndexOf('/');
        return slash is >= 1 and <= 3 && text.Length - slash - 1 is >= 1 and <= 3 && !text[..slash].ContainsAnyExceptInRange('0', '9')
            && !text[(slash + 1)..].ContainsAnyExceptInRange('0', '9') && int.Parse(text[..slash]) is > 0 and var shown && shown <= int.Parse(text[(slash + 1)..]);
    }

    /// <summary>"[]": a text browser's mark for a picture with an empty alt text; it says nothing.</summary>
    private static bool IsEmptyPictureMark(ReadOnlySpan<char> text) => text is "[]";

    /// <summary>
    /// "0" alone: a share or comment button's count, printed by a text browser as a line (or list item) of its own under
    /// the text or beside the byline. No sentence is a bare zero; a step's or a list's number starts from one.
    /// </summary>
    private static bool IsZeroCounter(ReadOnlySpan<char> text) => text is "0";

    /// <summary>A heading that introduces a list of links to other stories.</summary>
    public static bool IsRelatedHeading(string line)
    {
        if (line.Length >= 60)
        {
            return false;
        }

        // "≫次の記事": the much-greater-than signs point to the next and previous posts as arrows (NeighbourPostLabels).
        var heading = line.AsSpan().Trim(" :.…≫≪");
        return RelatedHeadings.Contains(heading) || RelatedHeadings.Contains(AfterPossessive(heading)) || IsMoreListLabel(line)
            || (RelatedSectionPrefixes.Matches(line) && !OtherItemsLeadIn.Is(line) && (line.AsSpan().TrimEnd() is [.., not ('.' or '!' or '?')] || EndsWithAbbreviation(line)) && !RecommendationCount.Is(line)) // "Other residents disagreed." is text
            || IsMoreSectionHeading(heading) || IsNamedRelatedHeading(heading)
            || (heading.Length > 8 && heading.IndexOfAny('|', '·', '•') > 0 && RailHeadingTabs.Is(heading, IsRelatedHeading));
    }

    private static readonly WordSet RelatedItemKinds = new(["videos", "galleries", "photos", "slideshows", "podcasts", "blogs", "reports", "ireports"]);

    private static readonly string[] RelatedListNouns = [" Stories", " Articles", " Coverage", " Links", " Posts"];

    /// <summary>
    /// "Related NPB Stories", "Related Sentinel Coverage": the site's name between "Related" and the list's noun;
    /// "Related iReports", "Related Videos": the noun of the site's own kind of item alone after "Related".
    /// </summary>
    private static bool IsNamedRelatedHeading(ReadOnlySpan<char> heading)
    {
        // "Related Topics" and "Related items" head a tags list, not links: only a kind of item the site publishes counts.
        // In capitals too ("RELATED NPB STORIES"): CSS sets box headings so.
        if (heading.StartsWith("Related ", StringComparison.OrdinalIgnoreCase) && Words.Count(heading) == 2 && RelatedItemKinds.Contains(heading["Related ".Length..]))
        {
            return true;
        }

        if (!heading.StartsWith("Related ", StringComparison.OrdinalIgnoreCase) || Words.Count(heading) is < 3 or > 5)
        {
            return false;
        }

        foreach (var noun in RelatedListNouns)
        {
            if (heading.EndsWith(noun, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"More world news from NBX News:", "More on Syria:": a label ending in a colon over a list of links.</summary>
    private static bool IsMoreListLabel(string line)
    {
        var text = line.AsSpan().Trim();
        // "More about:" labels a London paper's topic links, its tags (TagLineParser).
        return text.StartsWith("More ", StringComparison.Ordinal) && text.Length > 6 && text[^1] == ':' && Words.Count(text) <= 8
            && !text.Equals("More about:", StringComparison.Ordinal);
    }

    /// <summary>"More Local &amp; State", "More Sports": a section's name after "More", over that section's latest headlines.</summary>
    /// <remarks>Dutch writes the section in lower case ("Meer binnenland"); a sentence opening with "Meer" runs longer.</remarks>
    private static bool IsMoreSectionHeading(ReadOnlySpan<char> heading) =>
        ((heading.StartsWith("More ", StringComparison.Ordinal) && heading.Length > 5 && char.IsUpper(heading[5]) && Words.Count(heading) <= 4)
            || (heading.StartsWith("Meer ", StringComparison.Ordinal) && Words.Count(heading) <= 3 && !Words.HasDigit(heading)))
        && heading[^1] is not ('.' or '!' or '?');

    /// <summary>"Trending in U.S.": in a heading of a few words, the last word's full stop closes an abbreviation, not a sentence.</summary>
    private static bool EndsWithAbbreviation(string line)
    {
        var text = line.AsSpan().TrimEnd();
        var word = text[(text.LastIndexOf(' ') + 1)..];
        return word.Length is >= 4 and <= 6 && word[^1] == '.' && word[..^1].Contains('.') && char.IsUpper(word[0]) && Words.Count(text) <= 4;
    }

    /// <summary>"Palisade's Most Read": the heading after the site's name, or nothing.</summary>
    private static ReadOnlySpan<char> AfterPossessive(ReadOnlySpan<char> heading)
    {
        var at = heading.IndexOfAny("'’");
        return at > 0 && at + 3 < heading.Length && heading[at + 1] == 's' && heading[at + 2] == ' ' ? heading[(at + 3)..] : [];
    }

    /// <summary>A link in a related-stories list: a short headline, not a sentence.</summary>
    public static bool LooksLikeLinkText(string line) =>
        line.Length <= 140 && (!Words.EndsSentence(line) || (line.Length <= 80 && line.TrimEnd()[^1] == '?') // "Who Owns the Pipes Under Your Street?"
            || EndsTitleCaseWithAbbreviation(line) // "Road Closures Around Southeast D.C."
            || IsTruncatedHeadline(line) // "Kenya mall siege: Survivors' stories as gunmen..."
            || QuotedTitleHeadline.Is(line)); // "Jonah Price Talks New Album: "It's About Growing Up""

    private static readonly SearchValues<string> SentenceBreaks = SearchValues.Create([". ", "! ", "? "], StringComparison.Ordinal);

    /// <summary>
    /// "Revealed: The 'white widow' linked to Nairobi mall...": a rail cuts a long headline to its first words and an
    /// ellipsis glued to the last; a sentence that trails off follows a whole one.
    /// </summary>
    private static bool IsTruncatedHeadline(string line)
    {
        var text = line.AsSpan().TrimEnd();
        var cut = text.EndsWith("...", StringComparison.Ordinal) ? text[..^3] : text.EndsWith('…') ? text[..^1] : [];
        return cut.Length is > 0 and <= 80 && char.IsLetterOrDigit(cut[^1]) && cut.IndexOfAny(SentenceBreaks) < 0;
    }

    /// <summary>"Road Closures Around Southeast D.C.": a headline's capitalised words, its full stop an abbreviation's.</summary>
    private static bool EndsTitleCaseWithAbbreviation(string line)
    {
        var text = line.AsSpan().Trim();
        var last = text[(text.LastIndexOf(' ') + 1)..];
        if (line.Length > 80 || last.Length is < 4 or > 6 || !last[..^1].Contains('.') || !char.IsUpper(last[0]))
        {
            return false;
        }

        foreach (var range in text.Split(' '))
        {
            var word = text[range];
            if (word.Length > 3 && !char.IsUpper(word[0]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>One label of a share row or an article's tool bar: "Email", "Print", "Share", "Comments".</summary>
    public static bool IsWidgetWord(ReadOnlySpan<char> word) => WidgetWords.Contains(word);

    /// <summary>A line made only of widget labels: "Share Tweet Email", "Facebook | Twitter", "Advertisement".</summary>
    /// <summary>
    /// "Print this page | Back to News", "Print this story · E-mail this story · Reader comments (4)": tools parted by bars or
    /// middle dots, each a known button of any length (the word-by-word test below joins two words at most). The last may be
    /// the link to the thread with its count, which the comment-heading rules read for the count.
    /// </summary>
    private static bool IsBarredWidgets(ReadOnlySpan<char> text)
    {
        string? separator = null;
        foreach (var candidate in ToolSeparators)
        {
            if (text.IndexOf(candidate, StringComparison.Ordinal) >= 0)
            {
                separator = candidate;
                break;
            }
        }

        if (separator is null)
        {
            return false;
        }

        // "(User Info | Send a Message)", "[ Print | E-mail ]": a portal brackets its row of links.
        if (text is ['(', .., ')'] or ['[', .., ']'])
        {
            text = text[1..^1].Trim();
        }

        var parts = text.Split(separator);
        while (parts.MoveNext())
        {
            var part = text[parts.Current].Trim();
            if (!WidgetWords.Contains(part) && (parts.Current.End.Value != text.Length || !IsCountLink(part)))
            {
                return false;
            }
        }

        return true;
    }

    private static readonly string[] ToolSeparators = [" | ", " · ", " • "];

    private static bool IsCountLink(ReadOnlySpan<char> part) =>
        part is [.., >= '0' and <= '9' or ')'] && CommentHeadings.DeclaredCount(part.ToString()) is not null;

    private static bool IsWidget(ReadOnlySpan<char> text) => IsWidgetRow(text) || IsGluedWidgetRow(text);

    /// <summary>
    /// "Skip linksSkip to Content", "Log inSign up": a text rendering ran two links of several words together where the
    /// markup set no space between them. Parted before each capital that follows a small letter, the row is one of
    /// buttons; a single glued word ("ShareTweetEmail") is read by the row test itself.
    /// </summary>
    private static bool IsGluedWidgetRow(ReadOnlySpan<char> text)
    {
        if (text.Length <= MaxGluedCapitalsLength && !text.ContainsAnyInRange('a', 'z'))
        {
            return IsGluedCapitalsRow(text);
        }

        if (text.Length > MaxWidgetRowLength || text.IndexOf(' ') < 0)
        {
            return false;
        }

        Span<char> parted = stackalloc char[text.Length * 2];
        var length = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (Words.IsGlueSeam(text, i))
            {
                parted[length++] = ' ';
            }

            parted[length++] = text[i];
        }

        return length > text.Length && IsWidgetRow(parted[..length]);
    }

    private const int MaxWidgetRowLength = 120;

    private const int MaxGluedCapitalsLength = 40;

    private const int MinButtonLength = 3;

    /// <summary>"REGISTRARMEINICIAR SESIÓN", "LOGINREGISTER": in capitals the seam does not show; each cut of the first word is tried.</summary>
    private static bool IsGluedCapitalsRow(ReadOnlySpan<char> text)
    {
        var firstWordEnd = text.IndexOf(' ') is var space and >= 0 ? space : text.Length;
        for (var cut = MinButtonLength; cut <= firstWordEnd - MinButtonLength; cut++)
        {
            if (WidgetWords.Contains(text[..cut]) && IsWidgetRow(text[cut..]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsOneWordSalutation(ReadOnlySpan<char> text) => text.Length > 1 && text[^1] == ',' && text.IndexOfAny(WidgetSeparators) < 0;

    private static bool IsWidgetRow(ReadOnlySpan<char> text)
    {
        // "Friend," alone on its line opens a letter: a salutation, not the "Email a friend" button.
        if (text.Length > MaxWidgetRowLength || IsOneWordSalutation(text))
        {
            return false;
        }

        if (WidgetWords.Contains(text))
        {
            return true;
        }

        if (IsBarredWidgets(text))
        {
            return true;
        }

        var any = false;
        var previousStart = -1;
        var openedStart = -1;
        var openedWords = 0;
        foreach (var range in text.SplitAny(WidgetSeparators))
        {
            var word = text[range].Trim(WordEdges);
            // "Share 1.2k Tweet": a count, like "12" (which the trim empties), also in thousands or millions.
            if (word.IsEmpty || IsCountInThousands(word, text[range]))
            {
                continue;
            }

            // "Sign in Help": a word no button is alone ("Sign") may open a button of two words with the next, or of three
            // ("Sections Search Skip to content").
            if (openedStart >= 0)
            {
                if (!WidgetWords.Contains(text[openedStart..range.End].Trim(WordEdges)))
                {
                    if (openedWords == 2)
                    {
                        return false;
                    }

                    openedWords++;
                    continue;
                }

                openedStart = -1;
            }

            // "mquintero@example.com", "Twitter @mquinteroTrib": the writer's addresses under the text. "Like Tweet Pin it
            // Email": a button of two words ("Pin it") is one widget with the word before.
            else if (!WidgetWords.Contains(word) && !(word.Length > 1 && word.Contains('@')) && !WidgetWords.ContainsEachGlued(word, WordEdges)
                && !(previousStart >= 0 && WidgetWords.Contains(text[previousStart..range.End].Trim(WordEdges))))
            {
                openedStart = range.Start.Value;
                openedWords = 1;
                continue;
            }

            previousStart = range.Start.Value;
            any = true;
        }

        return any && openedStart < 0;
    }

    private static bool IsCountInThousands(ReadOnlySpan<char> trimmed, ReadOnlySpan<char> word) =>
        trimmed is ['k' or 'K' or 'M'] && word.Trim().TrimStart('(') is [var first, ..] && char.IsAsciiDigit(first);

    /// <summary>Also the French quotes a regional paper sets around its buttons ("« Réagir » (3)").</summary>
    private const string WordEdges = ".,:()!…0123456789«»";
}

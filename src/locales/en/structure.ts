import type { StructureLocale } from "../types.js";

export const structure: StructureLocale = {
  creditPrefixes: [
    "Photo", "Photos", "Photograph", "Image", "Images", "Picture", "Pictures", "Credit", "Photo credit",
    "Image credit", "Source", "Illustration", "Graphic", "Video", "Photographer", "Pic", "File photo", "Image rights",
    "Picture rights", "Image source",
  ],
  bylinePrefixes: ["By", "Written by", "Words by", "Story by", "Author", "Authors"],
  bylineConjunctions: ["and", "in conversation with"],
  creditLineJoiners: ["with"],
  imageCreditByPrefixes: ["Photo by", "Photos by", "Image by", "Picture by", "Photograph by"],
  articleCreditPrefixes: ["Source", "Additional reporting by", "Reporting by", "With reporting by", "Text"],
  creditLineOpeners: [
    "interview by", "interviewed by", "reporting by", "additional reporting by", "with reporting by", "additional reporting from", "editing by", "writing by",
    "compiled by", "edited by", "research by",
  ],
  creditLineClosers: [
    "contributed to this report", "contributed to this story", "contributed to this article", "contributed reporting",
    "contributed to the report", "contributed research",
  ],
  relatedMarkers: [
    "Read more", "Read more:", "Read also", "Also read", "Related:", "Related", "More on this", "More on this story",
    "See also", "You may also like", "Recommended", "Further reading", "Don't miss", "Must read", "Latest:",
    "Continue reading", "More from", "Related articles", "Related posts", "Related stories", "More stories",
    "Most read", "Most popular", "Trending now", "Latest news", "Recent posts", "You might also like", "You may be interested in",
    "Read next", "Up next", "More news", "Also on",
  ],
  appealCues: [
    "share this", "share it", "share our", "please share", "subscribe", "subscription", "newsletter", "donate",
    "donation", "support us", "support our", "support independent", "our website", "our site", "our articles",
    "our journalism", "our accounts", "blocked", "censored", "censorship", "follow us", "sign up", "become a member",
    "become a patron", "patreon", "paypal", "your support", "we ask you", "we rely on", "social media",
    "access to our", "ad-free", "free trial",
  ],
  promoOpeners: [
    "subscribe", "follow", "join", "sign up", "click", "tap", "support", "chat with us", "listen to", "download", "get",
    "like us", "register", "become a", "don't miss", "watch", "stay up to date", "stay informed", "want more", "to learn more",
  ],
  promoChannels: [
    "youtube", "twitter", "facebook", "instagram", "telegram", "whatsapp", "messenger", "tiktok", "linkedin", "pinterest",
    "newsletter", "newsletters", "podcast", "forum", "forums", "inbox", "letterbox", "rss", "channel", "e-mail", "email",
  ],
  boilerplateMarkers: [
    "all rights reserved", "this article was automatically", "this story was automatically",
    "have you spotted an error", "sponsored content", "we use cookies", "privacy policy", "comments are closed", "terms of use",
    "copyrighted property of", "written permission must be obtained", "reproduction without permission", "the views expressed in this",
    "this article originally appeared", "contains affiliate links", "we may earn a commission", "frequently asked questions",
    "this website uses cookies", "this site uses cookies", "share it with a friend", "have a tip?", "letters to the editor",
    "may contain affiliate", "referral links", "we may receive compensation", "suggested citation",
    "a version of this article appears in print", "a version of this article appeared in print", "a version of this story appeared",
    "appeared in the print edition", "appears in the print edition", "this article appears in the", "this story was featured on",
    "this story was broadcast", "this story aired on", "this interview has been edited", "has been edited and condensed",
    "has been edited for length",
  ],
  promoMarkers: [
    "sign up for our newsletter", "already a subscriber", "to view the full story", "please subscribe to", "follow us on",
    "on facebook, twitter", "sign up for our", "subscribe to our", "right in your inbox", "delivered to your inbox", "meet your inbox",
    "get breaking news in your browser", "turn on notifications", "sign up today", "download our app", "get the latest updates",
    "click here to subscribe", "support our journalism", "become a subscriber", "if you enjoyed reading", "never miss the latest",
  ],
  promoOffers: [
    "newsletter", "newsletters", "subscription", "subscriptions", "free trial", "app", "push notifications", "notifications",
    "alerts", "news alerts", "podcast", "membership", "donation", "donations", "independent journalism", "quality journalism",
    "our journalism", "digital access", "unlimited access", "e-edition", "digital edition",
  ],
  promoCalls: [
    "sign up", "subscribe", "try", "get", "download", "support", "turn on", "enable", "join", "register", "become a", "click here",
    "tap here", "don't miss", "start your", "donate", "allow", "listen to", "follow",
  ],
  promoPitch: [
    "here", "now", "free", "today", "never miss", "don't miss", "new", "exclusive", "breaking news", "first to know", "up to date",
    "stay informed", "below", "every morning", "in your inbox",
  ],
  bioOpeners: ["About the author", "About the authors", "The author", "The authors", "About the writer"],
  bioVerbs: ["is", "was", "writes", "covers", "reports", "lives", "works", "edits", "leads"],
  bioRoles: [
    "reporter", "correspondent", "editor", "journalist", "writer", "columnist", "contributor", "staff writer", "producer",
    "freelance", "freelancer", "bureau chief", "author", "desk",
  ],
  galleryLabels: ["Gallery", "Photo gallery", "Image gallery", "In pictures", "Slideshow", "Photos"],
  galleryCounters: ["Image", "Photo", "Picture", "Slide", "of"],
  genreWords: {
    interview: ["interview", "q&a", "in conversation", "the interview"],
    liveblog: ["live blog", "liveblog", "live updates", "live coverage", "as it happened", "live"],
    report: ["report", "news"],
    opinion: ["opinion", "comment", "commentisfree", "column", "editorial", "op-ed", "oped", "viewpoint", "guest essay"],
    press_release: ["press release", "news release", "media release", "for immediate release"],
  },
  interviewLabels: ["Q", "A", "Question", "Answer", "Interviewer"],
  boilerplateLabels: [
    "Advertisement", "Sponsored", "Share", "Print", "Comments", "Newsletter", "Share this article", "Contact", "Contact us",
    "More information", "Downloads", "Back", "Next", "Previous", "Back to top", "Tags", "Topics", "Enlarge image",
  ],
  readerAddress: ["you", "your", "yours"],
  outletSelf: ["we", "us", "our", "ours"],
  dateLineLabels: ["published", "updated", "posted", "modified", "created", "publication"],
  dateLineFillers: ["on", "at", "by", "and", "last", "first", "am", "pm", "a.m", "p.m", "date"],
};

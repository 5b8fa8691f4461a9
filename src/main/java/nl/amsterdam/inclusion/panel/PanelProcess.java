package nl.amsterdam.inclusion.panel;

import nl.amsterdam.inclusion.identity.AccessModel;

/** Keys and variable names of the growth-panel processes (bpmn/growth-panel-*.bpmn). */
public final class PanelProcess {

  public static final String ROUND = AccessModel.GROWTH_PANEL_ROUND;
  public static final String CONVERSATION = AccessModel.GROWTH_PANEL_CONVERSATION;

  // round
  public static final String ROUND_NUMBER = "roundNumber";
  public static final String DIRECTORATE_OPTIONS = "directorateOptions";
  public static final String PARTICIPATING_DIRECTORATES = "participatingDirectorates";
  public static final String SECOND_TIME_DIRECTORATES = "secondTimeDirectorates";
  public static final String THEME_COUNTS = "themeCounts";
  public static final String THEME_SUMMARY = "themeSummary";

  // conversation
  public static final String DIRECTORATE_GROUP = "directorateGroup";
  public static final String DIRECTORATE = "directorate";
  public static final String SECOND_TIME = "secondTime";
  public static final String PANEL_MEMBER_OPTIONS = "panelMemberOptions";
  public static final String THEME_OPTIONS = "themeOptions";
  public static final String REPORT_THEMES = "reportThemes";
  public static final String FOLLOW_UP_MEMBER_1 = "followUpMember1";
  public static final String FOLLOW_UP_MEMBER_2 = "followUpMember2";

  private PanelProcess() {
  }
}

import type { enWelcome } from './en';

export const zhCNWelcome: Record<keyof typeof enWelcome, string> = {
  welcome_title: '欢迎使用 Polarity',
  welcome_lead:
    '执行与创新是一对极性:两种需要同时兼顾。Polarity 读取您在 Google 日历中的一周,区分两者,让比例始终一目了然。数据不会离开此浏览器。',
  welcome_role_heading: '1. 您的角色和职责范围',
  welcome_role_hint:
    '合适的比例取决于您角色的职责范围。请选择最接近的一项:选择会立即保存,之后可在选项中更改。',
  welcome_week_heading: '2. 您的工作周',
  welcome_week_hint: '这些时间以外的创新同样计入,并显示为工作时间以外。',
  welcome_tag_heading: '3. 如何分类',
  welcome_tag_auto:
    '每个活动都会自动获得类别:标题含有“原型”或“战略”等词的计为创新,全天活动和不在办公室被排除,其余为执行。',
  welcome_tag_fix:
    '如需更正,请在 Google 日历中打开该活动:Polarity 会在详情下方显示四个按钮:执行、创新、排除和自动。对于重复活动,可以为整个系列分类。',
  welcome_marks_intro: '日历中的每个活动左边缘都有一条色条:',
  welcome_marks_label: '日历上的标记',
  welcome_mark_innovation: '创新:宽的青色色条,并有边框围住活动。',
  welcome_mark_execution: '执行:窄的深蓝色色条。',
  welcome_mark_excluded: '排除:条纹色条和斜线阴影;不计入。',
  welcome_badge_heading: '4. 徽标的含义',
  welcome_badge_lead:
    '工具栏图标显示本周的创新占比。其提示文字会用文字说明状态,并列出时数、目标和已查看的天数。',
  welcome_badges_label: '徽标状态',
  welcome_badge_on_target: '绿色:达到或超过目标。',
  welcome_badge_below: '浅琥珀色、深色文字:低于目标。',
  welcome_badge_override: '深红色:创新时间被占用,尚未处理。',
  welcome_badge_none: '灰色、无数字:尚未统计任何内容。',
  welcome_open_heading: '5. 打开 Google 日历',
  welcome_open_hint: 'Polarity 统计您在周视图中打开的各周。请打开本周,再往前翻几周以补全历史记录。',
  welcome_open_button: '打开 Google 日历',
  welcome_later: '您可以从选项页面回到此页。',
  welcome_options_button: '打开选项',
  options_start_heading: '入门',
  options_welcome_button: '显示欢迎页',
  options_welcome_hint: '角色和目标、工作周、分类和徽标的工作方式。',
  options_shortcut: '打开 Polarity 弹出窗口的键盘快捷键:',
  options_shortcut_none: '尚未为 Polarity 弹出窗口设置键盘快捷键。',
  options_shortcut_change:
    '您可以在浏览器的扩展程序快捷键中更改(Chrome:chrome://extensions/shortcuts;Firefox:附加组件,管理扩展快捷键)。',
  badge_split_on_target: 'Polarity$1:达到目标。创新 $2%($3),执行 $4%($5);目标 $6%;$7$8;$9',
  badge_split_below: 'Polarity$1:低于目标。创新 $2%($3),执行 $4%($5);目标 $6%;$7$8;$9',
  badge_split_override: 'Polarity$1:创新时间被占用。创新 $2%($3),执行 $4%($5);目标 $6%;$7$8;$9',
};
